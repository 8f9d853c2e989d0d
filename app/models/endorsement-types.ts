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
