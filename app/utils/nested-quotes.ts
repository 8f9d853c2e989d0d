import type { Lang } from "./i18n";

/**
 * Quotes inside quotes take the second form, as French and Russian typography set them: a title
 * that carries its own «…» put in a text's «{{event}}» reads «Déclaration … “Alertes précoces pour
 * tous”» and «Декларация КС-29 об инициативе „Зеленая цифровая кампания“», not «…«…»». The outer
 * pair stays; the inner «» become “” in French (without the no-break spaces guillemets take) and
 * „“ in Russian. A text whose guillemets do not pair up (one typed by someone) is left as it is.
 */
const inner: Partial<Record<Lang, [string, string]>> = { fr: ["“", "”"], ru: ["„", "“"] };
const space = /[\u00a0\u202f]/;

export function nestedQuotes(lang: Lang, text: string): string {
  const marks = inner[lang];
  const first = text.indexOf("«");
  if (!marks || first < 0 || first === text.lastIndexOf("«")) return text;
  let depth = 0;
  for (const c of text) {
    if (c === "«") depth++;
    else if (c === "»" && --depth < 0) return text;
  }
  if (depth !== 0) return text;
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "«") {
      if (depth++ >= 1) {
        out.push(marks[0]);
        if (lang === "fr" && space.test(chars[i + 1] ?? "")) i++;
        continue;
      }
    } else if (c === "»") {
      if (--depth >= 1) {
        if (lang === "fr" && space.test(out[out.length - 1] ?? "")) out.pop();
        out.push(marks[1]);
        continue;
      }
    }
    out.push(c);
  }
  return out.join("");
}
