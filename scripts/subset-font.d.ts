/** subset-font (no published types): harfbuzz's subsetter, for scripts/web-font-zh.ts. */
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: "sfnt" | "woff" | "woff2"; preserveNameIds?: readonly number[] },
  ): Promise<Buffer>;
}
