import { defaultLanguage, languageTable } from "../../locales/languages.js";

export type Lang = (typeof languageTable)[number]["code"];
/** The six official UN languages, in the UN's own (English alphabetical) order (locales/languages.js). */
export const languages = languageTable.map((l) => l.code) as readonly Lang[] as readonly [Lang, ...Lang[]];
export const defaultLang: Lang = defaultLanguage;

/** Where a translation is missing, which language to show instead, best first. */
const fallbackOrder: Lang[] = [...languageTable].sort((a, b) => a.fallback - b.fallback).map((l) => l.code);
const directions = Object.fromEntries(languageTable.map((l) => [l.code, l.dir])) as Record<Lang, "rtl" | "ltr">;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** A stored language tag as a Lang (anything unknown reads as the default). */
export const asLang = (value: string): Lang => (isLang(value) ? value : defaultLang);

export function dirOf(lang: Lang): "rtl" | "ltr" {
  return directions[lang];
}

/** A language's own name for itself ("العربية", "中文"), from the platform, not a hand-kept list. */
// Intl.DisplayNames is costly to build and every page names all six languages: build each once.
const endonyms = new Map<Lang, string>();
export function endonym(lang: Lang): string {
  let name = endonyms.get(lang);
  if (name === undefined) {
    const raw = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
    name = raw.charAt(0).toLocaleUpperCase(lang) + raw.slice(1);
    endonyms.set(lang, name);
  }
  return name;
}

/**
 * Where the platform's name for a language is not the one UN texts in that language use, and the
 * portal's own texts use (locales: programme.language, visa.letterLangs): UN Arabic writes English
 * «الإنكليزية», where ICU writes «الإنجليزية».
 */
const unNames: Partial<Record<Lang, Partial<Record<Lang, string>>>> = { ar: { en: "الإنكليزية" } };

/** A language's name in the page's language ("Russian" on an English page). */
const displayNames = new Map<Lang, Intl.DisplayNames>();
export function languageName(lang: Lang, inLang: Lang): string {
  const un = unNames[inLang]?.[lang];
  if (un) return un;
  let names = displayNames.get(inLang);
  if (!names) displayNames.set(inLang, (names = new Intl.DisplayNames([inLang], { type: "language" })));
  return names.of(lang) ?? lang;
}

/** Picks the language to serve from an Accept-Language header, honouring q-values. */
export function negotiateLanguage(header: string | null | undefined): Lang {
  if (!header) return defaultLang;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: (tag ?? "").toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (isLang(primary)) return primary;
  }
  return defaultLang;
}

export type Translated = Partial<Record<Lang, string | null | undefined>>;
export type Picked = { text: string; lang: Lang; isFallback: boolean };

/**
 * The visitor's language when the content has it, otherwise the best available one,
 * saying which language was used so the page can show a notice.
 */
export function pickTranslation(values: Translated | null | undefined, lang: Lang): Picked {
  const has = (l: Lang) => typeof values?.[l] === "string" && values[l]!.trim() !== "";
  if (has(lang)) return { text: values![lang]!, lang, isFallback: false };
  for (const l of fallbackOrder) {
    if (has(l)) return { text: values![l]!, lang: l, isFallback: true };
  }
  return { text: "", lang, isFallback: false };
}

export function availableLanguages(values: Translated | null | undefined): Lang[] {
  return languages.filter((l) => typeof values?.[l] === "string" && values[l]!.trim() !== "");
}
