import { formatList } from "./format";
import type { Lang } from "./i18n";
import { getT } from "./i18n.server";

/**
 * An event's organisers as a list in the page's language. ITU is named as each language names it
 * (UIT, МСЭ, 国际电联, الاتحاد الدولي للاتصالات); other organisations keep the names they go by.
 */
export function organisersIn(lang: Lang, organisers: string[]): string {
  const t = getT(lang);
  return formatList(
    lang,
    organisers.map((o) => (o.trim() === "ITU" ? t("brand.itu") : o)),
  );
}
