/** The little of fontkit (no published types) the PDF writer uses: fonts parsed once per process and handed to pdfkit. */
declare module "fontkit" {
  export interface Font {
    layout(text: string): unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
