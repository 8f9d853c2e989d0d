import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as seed from "../../db/seed/content/index";
import { exampleEvents } from "../../db/seed/examples";

const root = path.resolve(__dirname, "../..");
const glossary = fs.readFileSync(path.join(root, "docs/glossary.md"), "utf8");
const langs = ["ar", "en", "es", "fr", "ru", "zh"];

/** The rows of the markdown table under a "## heading", cells split on unescaped pipes. */
function table(heading: string): string[][] {
  const section = glossary.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/glossary.md has no section "${heading}"`);
  return section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2) // header and separator
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) =>
          cell
            .trim()
            .replace(/\\\|/g, "|")
            .replace(/^`(.*)`$/, "$1"),
        ),
    );
}

/** Every interface text of a language, as "ns:key" → text. */
function texts(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of ["common", "admin", "email"]) {
    const walk = (node: unknown, prefix: string) => {
      if (typeof node === "string") out.set(`${ns}:${prefix}`, node);
      else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
    };
    walk(JSON.parse(fs.readFileSync(path.join(root, "locales", lang, `${ns}.json`), "utf8")), "");
  }
  return out;
}

/** Every seeded text of a language (pillars, letters, events and their examples, declarations, groups), as "path" → text. */
function seedTexts(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (k === lang && typeof v === "string") out.set(at, v);
        else walk(v, `${at}.${k}`);
      }
  };
  walk({ ...seed, examples: exampleEvents(0) }, "seed");
  return out;
}

describe("docs/glossary.md", () => {
  const terms = table("Terms");
  it("gives some forty domain terms in all six languages, each with its source", () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    for (const row of terms) {
      expect(row, row.join(" | ")).toHaveLength(8);
      for (const cell of row) expect(cell.length, row.join(" | ")).toBeGreaterThan(0);
    }
  });

  it.each(table("Forbidden variants"))("%s: no interface text matches /%s/", (lang, pattern, _instead, except) => {
    expect(langs).toContain(lang);
    const re = new RegExp(pattern, "iu");
    const allowed = new Set(
      except
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean),
    );
    const offenders = [...texts(lang)].filter(([key, text]) => !allowed.has(key) && re.test(text)).map(([key, text]) => `${key} = ${text}`);
    expect(offenders).toEqual([]);
  });

  /** The openings "## Register" gives: «…» after "open(s)" in each language's line. */
  const openings: Record<string, string[]> = { ar: [], en: ["Dear {{name}},"], es: [], fr: [], ru: [], zh: [] };
  const names: Record<string, string> = { Arabic: "ar", Chinese: "zh", English: "en", French: "fr", Russian: "ru", Spanish: "es" };
  for (const item of (glossary.split(/^## /m).find((s) => s.startsWith("Register")) ?? "").split(/^- /m)) {
    const lang = names[/^\*\*(\w+)\*\*/.exec(item)?.[1] ?? ""];
    for (const m of item.replace(/\s+/g, " ").matchAll(/opens? «([^»]+)»/g)) if (lang) openings[lang]!.push(m[1]!);
  }

  it.each(langs)("%s: every email opens with the formal salutation of ## Register", (lang) => {
    expect(openings[lang]!.length, lang).toBeGreaterThan(lang === "en" ? 1 : 0);
    const salutations = [...texts(lang)].filter(([key]) => /^email:(greeting|.*\.hello|.*\.salutation)$/.test(key));
    expect(salutations.length).toBeGreaterThanOrEqual(7);
    expect(salutations.filter(([, text]) => !openings[lang]!.includes(text)).map(([key, text]) => `${key} = ${text}`)).toEqual([]);
  });

  // ## Register, Russian: «Вы» capitalised in letters (emails), lower case on web pages. Only a
  // pronoun inside a sentence is checked (one opening a sentence is capitalised anyway).
  it("ru: «Вы» is capitalised in emails and lower case on web pages", () => {
    const pronoun = /(?<=[\p{Ll},;:—–)] )(вы|ваш\p{L}*|вам|вами|вас)(?!\p{L})/giu;
    const wrong = [...texts("ru")].flatMap(([key, text]) =>
      [...text.matchAll(pronoun)].filter(([word]) => (key.startsWith("email:") ? word[0] !== "В" : word[0] !== "в")).map(([word]) => `${key}: ${word}`),
    );
    expect(wrong).toEqual([]);
  });

  // The seeded content is what a visitor reads first: it follows the same terms and French typography.
  // Not Russian: its texts quote TSB Circular 114 as issued («расширения охвата», coverage, not a scope).
  it.each(table("Forbidden variants").filter(([lang]) => lang !== "ru"))("%s: no seeded text matches /%s/", (lang, pattern) => {
    const re = new RegExp(pattern, "iu");
    expect([...seedTexts(lang!)].filter(([, text]) => re.test(text)).map(([at, text]) => `${at} = ${text.slice(0, 80)}`)).toEqual([]);
  });

  it.each(table("Required forms"))("%s: the interface uses «%s»", (lang, required) => {
    expect([...texts(lang).values()].some((text) => text.includes(required))).toBe(true);
  });
});
