import { createContext } from "react";
import { intlLocale, unGrouping } from "./format";
import { oneFullStop } from "./full-stop";
import type { Lang } from "./i18n";
import { nestedQuotes } from "./nested-quotes";
import type { KeyIn, Namespace } from "./translation-keys";

/** A language's interface texts by namespace (common, admin), as in locales/<lang>/<ns>.json. */
export type Messages = Record<string, unknown>;
export type TFunction = (key: string, values?: Record<string, unknown>) => string;
/** The `t` of a component: only keys that exist in locales/en/<ns>.json. */
export type TypedT<N extends Namespace> = (key: KeyIn<N>, values?: Record<string, unknown>) => string;

/**
 * What React components translate with, on the server and in the browser alike. It does what the
 * portal's texts need and no more, the way i18next does it on the server: nested keys, an "admin:"
 * namespace prefix, {{name}} values, {{count, number}} formatted in the page's language, and plural
 * forms chosen by the language's CLDR rule (`key_zero`, `_one`, `_two`, `_few`, `_many`, `_other`,
 * i18next's suffixes) whenever a numeric `count` is given. Arabic has six forms, Russian four.
 * Server code (loaders, emails) keeps i18next; the browser is spared its 17 KB.
 */
export function translator(messages: Messages, defaultNs = "common", lang = "en"): TFunction {
  const plural = new Intl.PluralRules(intlLocale(lang as Lang));
  const number = new Intl.NumberFormat(intlLocale(lang as Lang));
  // Where each key's text sits, found once: a page asks for the same keys again and again (a status
  // per row), and walking the path was a twentieth of a list page's time. Only keys found are kept,
  // so a namespace whose script arrives later is still found then.
  const found = new Map<string, { siblings: Record<string, unknown>; last: string; path: string }>();
  const place = (key: string) => {
    let at = found.get(key);
    if (at) return at;
    const colon = key.indexOf(":");
    const ns = colon > 0 ? key.slice(0, colon) : defaultNs;
    const path = colon > 0 ? key.slice(colon + 1) : key;
    const parts = path.split(".");
    let parent: unknown = messages[ns];
    for (const part of parts.slice(0, -1)) parent = parent !== null && typeof parent === "object" ? (parent as Record<string, unknown>)[part] : undefined;
    const siblings = parent !== null && typeof parent === "object" ? (parent as Record<string, unknown>) : {};
    at = { siblings, last: parts[parts.length - 1]!, path };
    if (siblings !== parent || typeof siblings[at.last] !== "string") return at;
    found.set(key, at);
    return at;
  };
  return (key, values) => {
    const { siblings, last, path } = place(key);
    const count = values?.count;
    let node: unknown = undefined;
    if (typeof count === "number") {
      // As i18next: an explicit zero form wins for 0, then the language's own category, then "other".
      const forms = [...(count === 0 ? ["zero"] : []), plural.select(count), "other"];
      for (const form of forms) if (typeof (node = siblings[`${last}_${form}`]) === "string") break;
    }
    if (typeof node !== "string") node = siblings[last];
    if (typeof node !== "string") return path;
    if (!values) return node;
    let text = "";
    for (const piece of piecesOf(node)) {
      if (typeof piece === "string") text += piece;
      else if (!(piece.name in values)) text += piece.whole;
      else {
        const value = values[piece.name];
        text += piece.number && typeof value === "number" ? unGrouping(lang, number.format(value)) : String(value);
      }
    }
    return nestedQuotes(lang as Lang, text.includes(".") ? oneFullStop(text) : text);
  };
}

type Piece = string | { name: string; number: boolean; whole: string };
const pieces = new Map<string, Piece[]>();

/** A text cut once at its {{name}} and {{name, number}} places, so filling it in is a join. */
function piecesOf(text: string): Piece[] {
  let cut = pieces.get(text);
  if (cut) return cut;
  cut = [];
  let at = 0;
  for (const m of text.matchAll(/\{\{\s*([\w.]+)\s*(?:,\s*(number)\s*)?\}\}/g)) {
    if (m.index > at) cut.push(text.slice(at, m.index));
    cut.push({ name: m[1]!, number: m[2] === "number", whole: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) cut.push(text.slice(at));
  pieces.set(text, cut);
  return cut;
}

export type TranslatorContextValue = { lang: Lang; messages: Messages; scripts?: { ns: string; url: string }[] };
/** Provided by entry.server on the server and by the root in the browser. */
export const TranslatorContext = createContext<TranslatorContextValue | null>(null);
