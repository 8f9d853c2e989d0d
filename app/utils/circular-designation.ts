/**
 * A circular's designation in the page's language. The seed gives TSB circulars only their English
 * designation ("TSB Circular 114"); each language has its own («Circulaire TSB 114», «电信标准化局第114号通函»,
 * glossary term 3). Letters with a symbol (CL-24/63) keep it as it is in every language.
 */
export function circularDesignation(reference: string, t: (key: "circulars.tsbDesignation", values: { number: string }) => string): string {
  const tsb = /^TSB Circular (\d+)$/.exec(reference.trim());
  return tsb ? t("circulars.tsbDesignation", { number: tsb[1]! }) : reference;
}
