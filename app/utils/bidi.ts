/**
 * Text people type (names, organisations, titles, statements) may run in another direction than
 * the page or email around it: an English organisation in an Arabic sentence would otherwise drag
 * the sentence's punctuation to the wrong side. Where markup can isolate it (`<bdi>`, `dir="auto"`),
 * markup does; inside a translated sentence or a plain-text email, the Unicode isolates do:
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which every renderer honours and nobody sees.
 */
export const FSI = "\u2068";
export const PDI = "\u2069";

export function isolate(text: string): string {
  return text ? `${FSI}${text}${PDI}` : text;
}

/** The values of a message, each string isolated; counts and other numbers stay numbers. */
export function isolateValues<V extends Record<string, unknown>>(values: V | undefined): V | undefined {
  if (!values) return values;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === "string" && !/^(https?:|mailto:)/.test(v) ? isolate(v) : v;
  return out as V;
}

/** Text with the isolates taken off the values that have no right-to-left letter (for left-to-right text). */
export function needlessIsolatesDropped(text: string): string {
  return text.replace(/\u2068([^\u2068\u2069]*)\u2069/g, (whole, inner: string) => (RTL_LETTER.test(inner) ? whole : inner));
}
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}
