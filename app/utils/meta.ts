import type { MetaDescriptor } from "@remix-run/node";

/** `documentTitle`: the page's and the site's names joined as the language joins them (brand.pageTitle). */
export type PageMeta = { title: string; documentTitle: string; description: string; siteName: string; lang: string };

/** Title, description and OpenGraph tags from what the loader translated. */
export function pageMeta(meta: PageMeta | undefined): MetaDescriptor[] {
  if (!meta) return [];
  return [
    { title: meta.documentTitle },
    { name: "description", content: meta.description },
    { property: "og:title", content: meta.title },
    { property: "og:description", content: meta.description },
    { property: "og:site_name", content: meta.siteName },
    { property: "og:type", content: "website" },
    { property: "og:locale", content: meta.lang },
  ];
}
