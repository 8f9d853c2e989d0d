import { ituRegions, regionOf } from "~/utils/countries";
import { countryOptions } from "~/utils/country-options";
import { formatNumber } from "~/utils/format";
import type { Lang } from "~/utils/i18n";

/**
 * The Member States by ITU region, each with its number of focal points, in the order the public list
 * gives them (countryOptions: the language's collation, in Arabic without the article), so that the
 * secretariat finds a country where a citizen does.
 */
export function memberStatesByRegion(lang: Lang, counts: Map<string, number>) {
  const members = countryOptions(lang, "governments").filter((c) => c.status === "member");
  return ituRegions.map((region) => ({
    region,
    states: members
      .filter((c) => regionOf(c.code) === region)
      .map((c) => ({ code: c.code, name: c.name, focalPoints: formatNumber(lang, counts.get(c.code) ?? 0) })),
  }));
}
