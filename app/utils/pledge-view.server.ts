import { z } from "zod";
import { pledgeKinds } from "~/models/pledge-types";
import { publishedPledges } from "~/models/pledges.server";
import { organisationTypes } from "~/models/registration-types";
import { countryName } from "./country-options";
import { formatNumber } from "./format";
import type { Lang } from "./i18n";

export const PLEDGES_PER_PAGE = 20;
export const PledgeFilter = z.object({
  pillar: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined),
  type: z.enum(organisationTypes).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  kind: z.enum(pledgeKinds).optional().catch(undefined),
  status: z.enum(["not-started", "on-track", "off-track", "achieved", "late"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The published pledges a directory shows, filtered, with public fields only and figures formatted. */
export function pledgeDirectory(lang: Lang, query: URLSearchParams) {
  const filter = PledgeFilter.parse(Object.fromEntries(query));
  const all = publishedPledges();
  const shown = all.filter((p) =>
    (!filter.pillar || p.pillarSlug === filter.pillar) && (!filter.type || p.organisation.type === filter.type) &&
    (!filter.country || p.organisation.country === filter.country) && (!filter.kind || p.pledge.kind === filter.kind) &&
    (!filter.status || (filter.status === "late" ? p.late : p.progress.status === filter.status)));
  const totals = new Map<string, number>();
  for (const p of all) totals.set(p.pillarSlug, (totals.get(p.pillarSlug) ?? 0) + 1);
  return {
    filter,
    total: shown.length,
    pages: Math.max(1, Math.ceil(shown.length / PLEDGES_PER_PAGE)),
    totals,
    countries: [...new Set(all.map((p) => p.organisation.country))].map((c) => ({ code: c, name: countryName(lang, c) })),
    items: shown.slice((filter.page - 1) * PLEDGES_PER_PAGE, filter.page * PLEDGES_PER_PAGE).map((p) => pledgeCard(p, lang)),
    all,
  };
}

export function pledgeCard(p: ReturnType<typeof publishedPledges>[number], lang: Lang) {
  return {
    id: p.pledge.id,
    title: p.pledge.title,
    lang: p.pledge.lang,
    organisation: p.organisation.name,
    organisationType: p.organisation.type,
    country: p.organisation.country,
    countryName: countryName(lang, p.organisation.country),
    pillar: p.pillarSlug,
    pillarNumber: p.pillarNumber,
    kind: p.pledge.kind,
    status: p.progress.status,
    percent: formatNumber(lang, p.progress.progress, { style: "percent", maximumFractionDigits: 0 }),
    progress: p.progress.progress,
    late: p.late,
  };
}
