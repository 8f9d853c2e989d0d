import fs from "node:fs";
import path from "node:path";
import type { i18n, Resource, TFunction } from "i18next";
import { createI18n, languages, type Lang } from "./i18n";
import { resolveFromRoot } from "./env.server";

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

/** The namespaces a page needs in the browser: never the email texts. */
export function clientMessages(lang: Lang, withAdmin: boolean): Resource {
  const bundle = allMessages()[lang];
  const picked: Bundle = {};
  for (const [ns, messages] of Object.entries(bundle)) {
    if (ns === "email") continue;
    if (ns === "admin" && !withAdmin) continue;
    picked[ns] = messages;
  }
  return { [lang]: picked };
}

const instances = new Map<Lang, i18n>();

/** A translation function for server code: loaders, actions, emails. */
export function getT(lang: Lang, ns = "common"): TFunction {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang, { [lang]: allMessages()[lang] } as Resource);
    instances.set(lang, instance);
  }
  return instance.getFixedT(lang, ns);
}
