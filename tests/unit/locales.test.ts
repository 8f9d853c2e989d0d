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

  it("other languages are translated: a text the same as in English is one listed here, with its reason", () => {
    const english = read("en");
    for (const lang of languages.filter((l) => l !== "en")) {
      expect(Object.keys(read(lang)["common.json"] ?? {}).length, `${lang} has texts`).toBeGreaterThan(100);
      expect(sameAsEnglish(lang, read(lang), english), `${lang}: texts the same as in English, not in SAME_AS_ENGLISH`).toEqual([]);
    }
  });

  it("the check above catches a language copied from English", () => {
    const english = read("en");
    expect(sameAsEnglish("fr", english, english).length).toBeGreaterThan(500);
  });
});

/**
 * Texts that are rightly the same as in English, each with its reason. Anything else that matches
 * English word for word is an untranslated text. Formats with no words of their own
 * ("{{subject}} — {{event}}", ", ") need no listing.
 */
const EVERY_LANGUAGE: Record<string, string> = {
  "common:brand.name": "the initiative's brand, kept in Latin script where the glossary says (docs/glossary.md)",
  "common:brand.nameLang": "the language the brand is written in (a language code, for lang=), English where the brand is",
  "common:emissions.methodology.ghg-protocol": "the standard's own name",
  "common:emissions.methodology.iso-14064-1": "the standard's own name",
  "common:emissions.tonnes": "the unit's symbol (t CO2e)",
  "common:programme.kind.pdf": "the file format's name",
};
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  fr: {
    "common:events.programme": "French word (programme)",
    "common:circulars.annexes": "French word (annexes)",
    "common:region.europe": "French name of the ITU region",
    "common:emissions.category.14": "the GHG Protocol's French name of category 14 (franchises)",
    "common:emissions.column.total": "French word (total)",
    "common:emissions.totals.total": "French word (total)",
    "common:memberStates.date": "French word (date): «Date d'enregistrement» widened the Member States table past a phone's width",
  },
  es: {
    "common:circulars.tel": "the abbreviation Spanish letters use (Tel.:)",
    "common:circulars.fax": "the word Spanish letters use (Fax:)",
    "common:forms.errorTitle": "Spanish word (Error:), as a page title says it",
    "common:emissions.column.total": "Spanish word (total)",
    "common:emissions.totals.total": "Spanish word (total)",
    "admin:roles.editor": "Spanish word (editor)",
  },
};

function sameAsEnglish(lang: string, texts: Record<string, Record<string, string>>, english: Record<string, Record<string, string>>) {
  const listed = { ...EVERY_LANGUAGE, ...(SAME_AS_ENGLISH[lang] ?? {}) };
  return Object.entries(texts).flatMap(([file, keys]) =>
    Object.entries(keys)
      .filter(([key, v]) => v === english[file]?.[key] && /\p{L}/u.test(v.replace(/\{\{[^}]*\}\}/g, "")))
      .map(([key]) => `${file.replace(/\.json$/, "")}:${key}`)
      .filter((k) => !(k in listed)),
  );
}

describe("Latin fragments in Arabic text", () => {
  // Unisolated, "http://." at the end of an Arabic sentence is laid out as "//:http." (the slashes and
  // colon take the sentence's direction): a web address or markup shown as typed sits between LRI and PDI.
  it("a web address prefix is isolated left-to-right", () => {
    for (const [file, keys] of Object.entries(read("ar"))) {
      for (const [key, value] of Object.entries(keys)) {
        const outside = value.replace(/\u2066[^\u2069]*\u2069/g, "");
        expect(outside, `ar/${file} ${key}`).not.toContain("://");
      }
    }
  });
});

describe("texts shared by several screens", () => {
  // ModerationForm asks for the comment under a pledge and under an emissions disclosure alike.
  it("the moderation comment's hint names no pledge, as it also serves disclosures", () => {
    const pledge = /pledge|engagement|compromiso|обязательств|التعهد|تعهد|承诺/i;
    expect(languages.filter((lang) => pledge.test(read(lang)["admin.json"]!["pledges.commentHint"]!))).toEqual([]);
  });
});
