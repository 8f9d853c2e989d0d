import type { MetaDescriptor } from "@remix-run/node";

export type PageMeta = { title: string; documentTitle: string; description: string; siteName: string; lang: string };

/** Description and OpenGraph tags from what the loader translated; the <title> is DocumentTitle.tsx's. */
export function pageMeta(meta: PageMeta | undefined): MetaDescriptor[] {
  if (!meta) return [];
  return [
    { name: "description", content: meta.description },
    { property: "og:title", content: meta.title },
    { property: "og:description", content: meta.description },
    { property: "og:site_name", content: meta.siteName },
    { property: "og:type", content: "website" },
    { property: "og:locale", content: meta.lang },
  ];
}
