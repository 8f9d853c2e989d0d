import fs from "node:fs";
import path from "node:path";
import type { Lang } from "../../../app/utils/i18n";
import { nestedQuotes } from "../../../app/utils/nested-quotes";

type Tree = { [k: string]: string | Tree };

/**
 * The same strings the pages use, so a test reads what a visitor in that language reads. A numeric
 * `count` picks the language's CLDR plural form (key_one, key_few…), as i18next does.
 */
export function tr(lang: string, key: string, values: Record<string, string | number> = {}): string {
  const [ns, rest] = key.includes(":") ? key.split(":") : ["common", key];
  const tree = JSON.parse(fs.readFileSync(path.resolve("locales", lang, `${ns}.json`), "utf8")) as Tree;
  const lookup = (k: string) => k.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  const count = values.count;
  const forms = typeof count === "number" ? [...(count === 0 ? ["zero"] : []), new Intl.PluralRules(lang).select(count), "other"] : [];
  const found = [...forms.map((f) => lookup(`${rest}_${f}`)), lookup(rest!)].find((v): v is string => typeof v === "string");
  if (typeof found !== "string") throw new Error(`No string ${key} in ${lang}`);
  const text = found.replace(/\{\{(\w+)(, *number)?\}\}/g, (_, name: string, number?: string) => {
    const v = values[name];
    if (v === undefined) return `{{${name}}}`;
    return number && typeof v === "number" ? new Intl.NumberFormat(lang).format(v) : String(v);
  });
  // Quotes inside quotes take their second form, as the pages and emails set them (nested-quotes.ts).
  return nestedQuotes(lang as Lang, text);
}
