import { z } from "zod";
import { pledgeKinds } from "~/models/pledge-types";
import { listPillars } from "~/models/pillars.server";
import { pledgeDirectoryPage, pledgeTotalsByPillar } from "~/models/pledge-directory.server";
import { organisationTypes } from "~/models/registration-types";
import { countryName } from "~/utils/country-options";
import { formatPercent } from "~/utils/format";
import type { Lang } from "~/utils/i18n";
import { memoThroughRegistrations } from "~/utils/data-version.server";

export const PLEDGES_PER_PAGE = 20;
export const PledgeFilter = z.object({
  pillar: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  type: z.enum(organisationTypes).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  kind: z.enum(pledgeKinds).optional().catch(undefined),
  status: z.enum(["not-started", "on-track", "off-track", "achieved", "late"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The published pledges a directory shows, filtered, with public fields only and figures formatted. */
export function pledgeDirectory(lang: Lang, query: URLSearchParams) {
  const filter = PledgeFilter.parse(Object.fromEntries(query));
  const year = new Date().getUTCFullYear();
  // The same for every reader of a language, filter and page until a write (or the new year: which reports are late).
  return memoThroughRegistrations(`pledge-directory:${lang}:${year}:${JSON.stringify(filter)}`, () => directoryView(lang, filter, year));
}

function directoryView(lang: Lang, filter: z.infer<typeof PledgeFilter>, currentYear: number) {
  const { page, ...where } = filter;
  const { total, rows, countries } = pledgeDirectoryPage(where, page, PLEDGES_PER_PAGE, currentYear);
  const pillarSlugs = new Map(listPillars().map((p) => [p.id, p.slug]));
  const totals = new Map(pledgeTotalsByPillar().map((r) => [pillarSlugs.get(r.pillarId) ?? "", r.n]));
  return {
    filter,
    total,
    pages: Math.max(1, Math.ceil(total / PLEDGES_PER_PAGE)),
    totals,
    countries: countries.map((c) => ({ code: c, name: countryName(lang, c) })),
    items: rows.map((p) => pledgeCard(p, lang)),
  };
}

export function pledgeCard(p: ReturnType<typeof pledgeDirectoryPage>["rows"][number], lang: Lang) {
  return {
    id: p.id,
    title: p.title,
    lang: p.lang,
    organisation: p.organisation.name,
    organisationType: p.organisation.type,
    country: p.organisation.country,
    countryName: countryName(lang, p.organisation.country),
    pillar: p.pillarSlug,
    pillarNumber: p.pillarNumber,
    kind: p.kind,
    status: p.progressStatus,
    percent: formatPercent(lang, p.progress),
    progress: p.progress,
    late: p.late,
  };
}
