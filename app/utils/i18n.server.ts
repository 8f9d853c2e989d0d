import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { formatNumber } from "./format";
import i18next, { type i18n, type Resource, type TFunction } from "i18next";
import { languages, type Lang } from "./i18n";
import { resolveFromRoot } from "./env.server";
import { oneFullStop } from "./full-stop";
import { nestedQuotes } from "./nested-quotes";

type Bundle = Record<string, Record<string, unknown>>;
let cache: Record<Lang, Bundle> | undefined;

/** Reads locales/<lang>/<namespace>.json once per process. */
export function allMessages(): Record<Lang, Bundle> {
  if (cache) return cache;
  const dir = resolveFromRoot("locales");
  const out = {} as Record<Lang, Bundle>;
  for (const lang of languages) {
    out[lang] = {};
    for (const file of fs.readdirSync(path.join(dir, lang))) {
      if (!file.endsWith(".json")) continue;
      out[lang][file.slice(0, -5)] = JSON.parse(fs.readFileSync(path.join(dir, lang, file), "utf8"));
    }
  }
  cache = out;
  return out;
}

/** The namespaces the browser may load: never the email texts. */
export const clientNamespaces = ["common", "admin"] as const;
export type ClientNamespace = (typeof clientNamespaces)[number];

const scripts = new Map<string, { hash: string; body: string }>();

/**
 * Sections that only a page sent without scripts shows, and that the browser never draws itself:
 * every link to that page is a plain <a>, so it always arrives whole from the server. The browser's
 * copy keeps only the keys named, which pages with scripts use (a consent box names the notice).
 * The privacy notice is a tenth of the common texts: 2.7 KB of Russian, gzipped.
 */
export const notInBrowser: Partial<Record<ClientNamespace, Record<string, string[]>>> = {
  common: { privacy: ["title", "consentLink"] },
};

function forTheBrowser(ns: ClientNamespace, messages: Record<string, unknown>) {
  const cut = notInBrowser[ns];
  if (!cut) return messages;
  const out = { ...messages };
  for (const [section, kept] of Object.entries(cut)) {
    const texts = (messages[section] ?? {}) as Record<string, unknown>;
    out[section] = Object.fromEntries(kept.filter((k) => k in texts).map((k) => [k, texts[k]]));
  }
  return out;
}

/**
 * One language's namespace as a small script that the browser caches for a year: its name carries
 * a hash of its content, so every page after the first costs nothing for its texts.
 */
export function messageScript(lang: Lang, ns: ClientNamespace) {
  const key = `${lang}.${ns}`;
  let script = scripts.get(key);
  if (!script) {
    const json = JSON.stringify(forTheBrowser(ns, (allMessages()[lang][ns] ?? {}) as Record<string, unknown>));
    const hash = crypto.createHash("sha256").update(json).digest("hex").slice(0, 12);
    script = { hash, body: `(self.__gdaMessages=self.__gdaMessages||{})[${JSON.stringify(key)}]=${json};\n` };
    scripts.set(key, script);
  }
  return script;
}

/** The message scripts a page loads: the common texts, and the secretariat's on its pages. */
export function messageScriptUrls(lang: Lang, withAdmin: boolean) {
  return (withAdmin ? clientNamespaces : (["common"] as const)).map((ns) => ({ ns, url: `/i18n/${lang}.${ns}.${messageScript(lang, ns).hash}.js` }));
}

/** The server's own i18next instance for a language, with every namespace; shared by all requests. */
export function i18nFor(lang: Lang): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang, { [lang]: allMessages()[lang] } as Resource);
    instances.set(lang, instance);
  }
  return instance;
}

const instances = new Map<Lang, i18n>();

/** A translation function for server code: loaders, actions, emails. */
export function getT(lang: Lang, ns = "common"): TFunction {
  const key = `${lang}:${ns}`;
  let t = fixed.get(key);
  if (!t) fixed.set(key, (t = rememberingPlainTexts(withOneFullStop(i18nFor(lang).getFixedT(lang, ns), lang))));
  return t;
}
const fixed = new Map<string, TFunction>();

/** Plain texts (a key and nothing else) kept per translator: at most this many. */
export const PLAIN_TEXTS_KEPT = 5000;

/**
 * A key asked for with no values always gives the same text, so it is looked up once: a Member
 * State's page asked i18next for the same organisation type for each of its 120 partners, at about
 * 20 µs a call (issue 19). Calls with values (counts, names) go to i18next each time.
 */
export function rememberingPlainTexts(t: TFunction): TFunction {
  const plain = new Map<string, unknown>();
  return ((...args: Parameters<TFunction>) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== "string") return t(...args);
    let text = plain.get(key);
    if (text === undefined) {
      text = t(key);
      if (plain.size < PLAIN_TEXTS_KEPT) plain.set(key, text);
    }
    return text;
  }) as TFunction;
}

/**
 * As translator.ts: one full stop where a sentence ends on a name that has its own. Applied to
 * what i18next returns rather than as its post-processor, whose machinery cost more than the rest
 * of a call (issue 19).
 */
export function withOneFullStop(t: TFunction, lang?: Lang): TFunction {
  return ((...args: Parameters<TFunction>) => {
    const text: unknown = t(...args);
    if (typeof text !== "string") return text;
    return lang ? nestedQuotes(lang, oneFullStop(text)) : oneFullStop(text);
  }) as TFunction;
}

/** An i18next instance for one language, initialised synchronously from in-memory resources. */
export function createI18n(lang: Lang, resources: Resource): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources,
    defaultNS: "common",
    ns: Object.keys(resources[lang] ?? {}),
    initAsync: false,
    // Said outright, though they are i18next's defaults: otherwise every call first tests whether
    // the key looks like natural language (a regular expression per call), which took half of a
    // call's time (issue 19).
    keySeparator: ".",
    nsSeparator: ":",
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  // {{count, number}} as the pages write numbers (UN Spanish groups with a space).
  instance.services.formatter?.add("number", (value, lng) => (typeof value === "number" ? formatNumber((lng ?? lang) as Lang, value) : String(value)));
  return instance;
}
