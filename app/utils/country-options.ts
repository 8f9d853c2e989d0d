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
      .sort((a, b) => order[a.status] - order[b.status] || collator.compare(sortingName(lang, a.name), sortingName(lang, b.name)));
    cache.set(key, list);
  }
  return list;
}

/**
 * The name as the list sorts it: in Arabic without its article, as UN lists in Arabic order Member
 * States (السنغال under س, الاتحاد الروسي under ا).
 */
export function sortingName(lang: Lang, name: string): string {
  return lang === "ar" ? name.replace(/^ال(?=\S)/u, "") : name;
}

/**
 * The list as a form page sends it to the browser: one string, a line per country ("AF\tmember\t
 * Afghanistan"). Remix's encoder writes two hundred objects as six hundred indexed values on every
 * page with a country field, which cost more than the rest of an event page's data (decision 016,
 * tenth round); one string is copied as it is. Made once per language.
 */
export function packedCountryOptions(lang: Lang, scope: "all" | "governments" = "all"): string {
  const key = `${lang}|${scope}|packed`;
  let packed = packedCache.get(key);
  if (packed === undefined) {
    packed = countryOptions(lang, scope)
      .map((c) => `${c.code}\t${c.status}\t${c.name}`)
      .join("\n");
    packedCache.set(key, packed);
  }
  return packed;
}
const packedCache = new Map<string, string>();

/** The list back from `packedCountryOptions`, read once per string (in the browser as on the server). */
export function unpackCountryOptions(packed: string): CountryOption[] {
  let list = unpacked.get(packed);
  if (!list) {
    list = packed
      ? packed.split("\n").map((line) => {
          const [code, status, name] = line.split("\t");
          return { code: code!, status: status as CountryStatus, name: name! };
        })
      : [];
    // Six languages, two scopes: a handful of strings at most.
    if (unpacked.size >= 12) unpacked.clear();
    unpacked.set(packed, list);
  }
  return list;
}
const unpacked = new Map<string, CountryOption[]>();

export function countryName(lang: Lang, code: string) {
  return unCountryName(lang, code);
}

/** Options for a select, grouped under "ITU Member States", "Observers", "Other countries and areas". */
export function countrySelectOptions(list: CountryOption[], t: (key: `countryGroup.${CountryOption["status"]}`) => string) {
  // Three headings, each translated once rather than once per country.
  const groups = { member: t("countryGroup.member"), observer: t("countryGroup.observer"), other: t("countryGroup.other") };
  return list.map((c) => ({ value: c.code, label: c.name, group: groups[c.status] }));
}
