import { countryCodes, statusOf, unCountryName, type CountryStatus } from "./countries";
import { intlLocale, memoFormatter } from "./format";
import type { Lang } from "./i18n";

export type CountryOption = { code: string; name: string; status: CountryStatus };
const cache = new Map<string, CountryOption[]>();
const order: Record<CountryStatus, number> = { member: 0, observer: 1, other: 2 };

/**
 * Countries named as the UN names them and sorted by the collation of the page's language, ITU
 * Member States first, then observers, then other countries and areas. `governments` keeps only
 * the first two: a list that names an administration holds no territory.
 */
export function countryOptions(lang: Lang, scope: "all" | "governments" = "all"): CountryOption[] {
  const key = `${lang}|${scope}`;
  let list = cache.get(key);
  if (!list) {
    const collator = memoFormatter(`collator|${lang}`, () => new Intl.Collator(intlLocale(lang)));
    list = countryCodes
      .map((code) => ({ code, name: unCountryName(lang, code), status: statusOf(code)! }))
      .filter((c) => scope === "all" || c.status !== "other")
      .sort((a, b) => order[a.status] - order[b.status] || collator.compare(a.name, b.name));
    cache.set(key, list);
  }
  return list;
}

export function countryName(lang: Lang, code: string) {
  return unCountryName(lang, code);
}

/** Options for a select, grouped under "ITU Member States", "Observers", "Other countries and areas". */
export function countrySelectOptions(list: CountryOption[], t: (key: `countryGroup.${CountryOption["status"]}`) => string) {
  return list.map((c) => ({ value: c.code, label: c.name, group: t(`countryGroup.${c.status}`) }));
}
