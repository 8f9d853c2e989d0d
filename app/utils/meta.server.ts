import type { Lang } from "./i18n";
import { getT } from "./i18n.server";
import type { PageMeta } from "./meta";

export function metaFor(lang: Lang, title: string, description?: string): PageMeta {
  const t = getT(lang, "common");
  return { title, description: description ?? t("brand.description"), siteName: t("brand.siteTitle"), lang };
}
