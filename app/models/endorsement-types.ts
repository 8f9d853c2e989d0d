/** Endorser vocabulary shared by the schema, the server and the browser. */
export const endorserCategories = [
  "government",
  "international-organisation",
  "financial-institution",
  "philanthropy",
  "private-sector",
  "academia",
  "civil-society",
  "other",
] as const;
export type EndorserCategory = (typeof endorserCategories)[number];
export const STATEMENT_MAX = 2000;
export const LETTER_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The order of UN lists: governments first, then each category in the order above; within a category,
 * alphabetically by the name shown, in the page's language (Arabic, Chinese and Russian names sort by their
 * own script's rules, not by code point).
 */
export function inListOrder(lang: string) {
  const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
  const rank = (c: EndorserCategory) => endorserCategories.indexOf(c);
  return (a: { category: EndorserCategory; name: string }, b: { category: EndorserCategory; name: string }) =>
    rank(a.category) - rank(b.category) || collator.compare(a.name, b.name);
}
