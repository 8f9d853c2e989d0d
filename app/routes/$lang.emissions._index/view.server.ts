import { z } from "zod";
import { closedYears } from "~/models/reporting-years.server";
import { emissionsDirectoryPage, emissionsFilterChoices, emissionsTotalsByYear, lateDisclosers, sectorIndexRows } from "~/models/disclosure-directory.server";
import { assuranceLevels, ictSubSectors } from "~/models/disclosure-types";
import { pathFactor, SECTOR_BASE_YEAR } from "~/models/pathway";
import { organisationTypes } from "~/models/registration-types";
import { countryName } from "~/utils/country-options";
import { formatNumber, formatPercent, joinSentences } from "~/utils/format";
import type { Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { pageOf } from "~/utils/page-of";
import { organisationNameIn } from "~/utils/organisers.server";

export const PER_PAGE = 25;
/** The partners late with their disclosure are listed this many at a time (a list that grows with the partners). */
export const LATE_PER_PAGE = 50;
export const EmissionsFilterSchema = z.object({
  subSector: z.enum(ictSubSectors).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  type: z.enum(organisationTypes).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  assurance: z.enum(assuranceLevels).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  // The page of the list of partners late with their disclosure.
  late: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The database's front page: the filtered directory, totals per year, and the sector index against the path. */
export function emissionsDirectory(lang: Lang, query: URLSearchParams) {
  const filter = EmissionsFilterSchema.parse(Object.fromEntries(query));
  const year = new Date().getUTCFullYear();
  // The same for every reader of a language, filter and page until a write (or the new year: who is late).
  return memoThroughRegistrations(`emissions-directory:${lang}:${year}:${JSON.stringify(filter)}`, () => directoryView(lang, filter, year));
}

function directoryView(lang: Lang, filter: z.infer<typeof EmissionsFilterSchema>, currentYear: number) {
  const t = getT(lang);
  const { page, late: latePage, ...where } = filter;
  const { total, rows } = emissionsDirectoryPage(where, page, PER_PAGE);
  const choices = emissionsFilterChoices();
  // To a tenth of a tonne, as the organisation's own page writes its figures.
  const tonnes = (n: number) => formatNumber(lang, n, { maximumFractionDigits: 1 });
  const index = sectorIndexRows().map((r) => ({
    year: r.year,
    index: r.sum / r.base,
    path: pathFactor(SECTOR_BASE_YEAR, r.year),
    organisations: r.organisations,
  }));
  return {
    filter: { ...filter, year: filter.year === undefined ? undefined : String(filter.year) },
    total,
    pages: Math.max(1, Math.ceil(total / PER_PAGE)),
    countries: choices.countries.map((c) => ({ code: c, name: countryName(lang, c) })).sort((a, b) => a.name.localeCompare(b.name, lang)),
    years: choices.years,
    items: rows.map((r) => ({
      id: r.id,
      name: organisationNameIn(lang, r.name),
      type: r.type,
      country: countryName(lang, r.country),
      year: r.year,
      total: tonnes(r.total),
      allScopes: r.allScopes,
      assurance: r.assurance,
    })),
    totals: emissionsTotalsByYear(where).map((y) => ({
      year: y.year,
      scope1: y.scope1 === null ? null : tonnes(y.scope1),
      scope2: y.scope2 === null ? null : tonnes(y.scope2),
      scope3: y.scope3 === null ? null : tonnes(y.scope3),
      total: tonnes(y.total),
      organisations: formatNumber(lang, y.organisations),
      allScopes: formatPercent(lang, y.organisations ? y.allScopes / y.organisations : 0),
    })),
    late: lateView(currentYear, latePage),
    closedYears: closedYears(),
    index: {
      points: index.map((p) => ({ year: p.year, index: p.index, path: p.path })),
      description: joinSentences(
        lang,
        index.map((p) =>
          t("emissions.index.point", {
            year: p.year,
            index: formatNumber(lang, p.index * 100, { maximumFractionDigits: 1 }),
            path: formatNumber(lang, p.path * 100, { maximumFractionDigits: 1 }),
            count: p.organisations,
          }),
        ),
      ),
    },
  };
}

function lateView(currentYear: number, requested: number) {
  const { items, page, pages } = pageOf(lateDisclosers(currentYear), requested, LATE_PER_PAGE);
  return { year: currentYear - 1, organisations: items, page, pages };
}
