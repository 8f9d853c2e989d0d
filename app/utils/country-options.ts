import { countryCodes } from "./countries";
import { intlLocale, memoFormatter } from "./format";
import type { Lang } from "./i18n";

const cache = new Map<Lang, { code: string; name: string }[]>();

/** Countries named and sorted in the page's language, by the platform's own data. */
export function countryOptions(lang: Lang) {
  let list = cache.get(lang);
  if (!list) {
    const names = new Intl.DisplayNames([intlLocale(lang)], { type: "region" });
    const collator = new Intl.Collator(intlLocale(lang));
    list = countryCodes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
    cache.set(lang, list);
  }
  return list;
}

export function countryName(lang: Lang, code: string) {
  return memoFormatter(`region|${lang}`, () => new Intl.DisplayNames([intlLocale(lang)], { type: "region" })).of(code) ?? code;
}
