import { formatList } from "./format";
import type { Lang } from "./i18n";
import { getT } from "./i18n.server";
import { organiserNames } from "./organiser-names";

/**
 * An event's organisers as a list in the page's language. ITU is named as each language names it
 * (UIT, МСЭ, 国际电联, الاتحاد الدولي للاتصالات); the seed's other organisers as their events' own
 * texts name them (organiser-names.ts); any other organisation keeps the name it was given.
 */
export function organisersIn(lang: Lang, organisers: string[]): string {
  return formatList(
    lang,
    organisers.map((o) => organisationNameIn(lang, o)),
  );
}

/** An organisation's name as given, but ITU's (short or full) as the page's language writes it. */
export function organisationNameIn(lang: Lang, name: string): string {
  const t = getT(lang);
  const given = name.trim();
  if (given === "ITU") return t("brand.itu");
  if (given === "International Telecommunication Union") return t("brand.ituFull");
  return organiserNames[given]?.[lang] ?? name;
}
