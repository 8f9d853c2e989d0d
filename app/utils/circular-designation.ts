import { languageName, pickTranslation, type Lang, type Translated } from "./i18n";

/**
 * A circular's designation in the page's language. The seed gives TSB circulars only their English
 * designation ("TSB Circular 114"); each language has its own («Circulaire TSB 114», «电信标准化局第114号通函»,
 * glossary term 3). Letters with a symbol (CL-24/63) keep it as it is in every language.
 */
export function circularDesignation(reference: string, t: (key: "circulars.tsbDesignation", values: { number: string }) => string): string {
  const tsb = /^TSB Circular (\d+)$/.exec(reference.trim());
  return tsb ? t("circulars.tsbDesignation", { number: tsb[1]! }) : reference;
}

/**
 * What a letter's text is, as the page shows it: the original reproduced, or the portal's own
 * translation of it, for the language the text is shown in (`shown`, the list's subject or the
 * letter's body). The list and the letter say it alike.
 */
export function circularOrigin(shown: Translated, originalLang: string, lang: Lang) {
  const key = pickTranslation(shown, lang).lang === originalLang ? "circulars.reproducedFrom" : "circulars.translatedFrom";
  return { key, language: languageName(originalLang as Lang, lang) } as const;
}
