import type { Lang } from "./i18n";
import { getT } from "./i18n.server";
import type { PageMeta } from "./meta";

export function metaFor(lang: Lang, title: string, description?: string): PageMeta {
  const t = getT(lang, "common");
  const siteName = t("brand.siteTitle");
  // The page's name, then the site's, joined as the language writes it (Chinese: "活动 | 绿色数字行动——国际电联", not two dashes).
  const documentTitle = title === siteName ? title : t("brand.documentTitle", { page: title, site: siteName });
  return { title, documentTitle, description: description ?? t("brand.description"), siteName, lang };
}
