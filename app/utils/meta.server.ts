import type { Lang } from "./i18n";
import { getT } from "./i18n.server";
import type { PageMeta } from "./meta";

export function metaFor(lang: Lang, title: string, description?: string): PageMeta {
  const t = getT(lang, "common");
  const siteName = t("brand.siteTitle");
  // Chinese joins them with a bar: its site name already holds the dash "——".
  const documentTitle = title === siteName ? title : t("brand.pageTitle", { page: title, site: siteName });
  return { title, documentTitle, description: description ?? t("brand.description"), siteName, lang };
}
