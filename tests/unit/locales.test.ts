import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languages } from "~/utils/i18n";

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((out, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === "string" ? { ...out, [key]: v } : { ...out, ...flatten(v, key) };
  }, {});

const root = path.resolve(__dirname, "../../locales");
const read = (lang: string) =>
  Object.fromEntries(
    fs
      .readdirSync(path.join(root, lang))
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, flatten(JSON.parse(fs.readFileSync(path.join(root, lang, f), "utf8")))]),
  );

// Plural forms (key_one, key_few…) differ by language: Arabic has six, Chinese one. A key is
// compared by its base, and its placeholders by the "other" form every language has.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const bases = (keys: Record<string, string>) => [...new Set(Object.keys(keys).map((k) => k.replace(pluralSuffix, "")))].sort();
const formOf = (keys: Record<string, string>, base: string) => keys[base] ?? keys[`${base}_other`];

describe("locale files", () => {
  const english = read("en");
  for (const lang of languages) {
    it(`${lang} has every key, non-empty, with the same placeholders`, () => {
      const other = read(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const [file, keys] of Object.entries(english)) {
        for (const [key, value] of Object.entries(other[file] ?? {})) expect(value.trim(), `${lang}/${file} ${key}`).not.toBe("");
        for (const base of bases(keys)) {
          const translated = formOf(other[file] ?? {}, base);
          expect(translated, `${lang}/${file} ${base}`).toBeTypeOf("string");
          const placeholders = (s: string) => (s.match(/\{\{\w+(, *number)?\}\}/g) ?? []).sort();
          // A salutation may open without the name where the language's letters do ("Madame, Monsieur,").
          if (/\.(hello|heading)$/.test(base))
            expect(placeholders(formOf(keys, base)!), `${lang}/${file} ${base}`).toEqual(expect.arrayContaining(placeholders(translated!)));
          else expect(placeholders(translated!), `${lang}/${file} ${base}`).toEqual(placeholders(formOf(keys, base)!));
        }
        // Every key in every file, plural forms included: each counted text carries all six CLDR forms,
        // so a form one language needs is never missing from another (i18next reads only its own).
        expect(Object.keys(other[file]!).sort(), `${lang}/${file} has the same keys`).toEqual(Object.keys(keys).sort());
      }
    });
  }

  it("other languages are translated, not English copies", () => {
    // Compared key by key: the files of a language need not list their keys in English's order.
    const english = read("en");
    for (const lang of languages.filter((l) => l !== "en")) {
      const pairs = Object.entries(read(lang)).flatMap(([file, keys]) => Object.entries(keys).map(([key, v]) => [v, english[file]?.[key]]));
      const same = pairs.filter(([v, en]) => v === en && /[a-z]{4,}/.test(v!)).length;
      expect(pairs.length, `${lang} has texts`).toBeGreaterThan(100);
      expect(same / pairs.length, `${lang}: share identical to English`).toBeLessThan(0.1);
    }
  });

  it("the check above catches a language copied from English", () => {
    const english = read("en");
    const pairs = Object.entries(english).flatMap(([file, keys]) => Object.entries(keys).map(([key, v]) => [v, english[file]?.[key]]));
    expect(pairs.filter(([v, en]) => v === en && /[a-z]{4,}/.test(v!)).length / pairs.length).toBeGreaterThan(0.5);
  });
});
