import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { organisations, pillars, pledges, progressReports } from "../../db/schema";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { isReportLate, pledgeProgress, type PledgeStatus } from "./pledge-progress";
import type { PledgeKind } from "./pledge-types";

/** What the public reads of pledges: the directory, a published pledge with its reports, counts per pillar. */

const yearOf = (instant: number | null) => (instant === null ? null : new Date(instant).getUTCFullYear());

/** isReportLate() from the pledge row's kept latest report year, without reading its reports. */
export function isKeptLate(p: { startsOn: string; latestReportYear: number | null; publishedAt: number | null }, currentYear: number) {
  return isReportLate(
    Number(p.startsOn.slice(0, 4)),
    p.latestReportYear === null ? [] : [{ year: p.latestReportYear, value: 0 }],
    currentYear,
    yearOf(p.publishedAt),
  );
}

type PublicReport = { year: number; value: number; scopeValues: Record<string, number> | null; narrative: string; evidenceUrl: string | null };

/** The public part of each report: the figures, what was done and the evidence (never who sent it). */
function reportsFor(ids: number[]) {
  if (ids.length === 0) return new Map<number, PublicReport[]>();
  const rows = db()
    .select({
      pledgeId: progressReports.pledgeId,
      year: progressReports.year,
      value: progressReports.value,
      scopeValues: progressReports.scopeValues,
      narrative: progressReports.narrative,
      evidenceUrl: progressReports.evidenceUrl,
    })
    .from(progressReports)
    .where(inArray(progressReports.pledgeId, ids))
    .all();
  const map = new Map<number, PublicReport[]>();
  for (const { pledgeId, ...r } of rows) map.set(pledgeId, [...(map.get(pledgeId) ?? []), r]);
  return map;
}

/** Published pledges with their progress and lateness, computed from one query for all reports. */
export function publishedPledges(only: { id?: number } = {}, currentYear = new Date().getUTCFullYear()) {
  const rows = db()
    .select({ pledge: pledges, organisation: organisations, pillarSlug: pillars.slug, pillarNumber: pillars.number })
    .from(pledges)
    .innerJoin(organisations, eq(organisations.id, pledges.organisationId))
    .innerJoin(pillars, eq(pillars.id, pledges.pillarId))
    .where(and(eq(pledges.status, "published"), only.id === undefined ? undefined : eq(pledges.id, only.id)))
    .orderBy(pillars.number, desc(pledges.publishedAt))
    .all();
  const reports = reportsFor(rows.map((r) => r.pledge.id));
  return rows.map((r) => {
    const own = reports.get(r.pledge.id) ?? [];
    return {
      ...r,
      reports: own.sort((a, b) => a.year - b.year),
      progress: pledgeProgress(r.pledge, own),
      late: isReportLate(Number(r.pledge.startsOn.slice(0, 4)), own, currentYear, yearOf(r.pledge.publishedAt)),
    };
  });
}

export type DirectoryFilter = {
  pillar?: string;
  type?: (typeof organisations.$inferSelect)["type"];
  country?: string;
  kind?: PledgeKind;
  status?: PledgeStatus | "late";
};

function directoryWhere(f: DirectoryFilter, currentYear: number) {
  const due = currentYear - 1;
  return and(
    eq(pledges.status, "published"),
    f.pillar ? eq(pillars.slug, f.pillar) : undefined,
    f.type ? eq(organisations.type, f.type) : undefined,
    f.country ? eq(organisations.country, f.country) : undefined,
    f.kind ? eq(pledges.kind, f.kind) : undefined,
    f.status === "late" ? lateFor(due) : f.status ? eq(pledges.progressStatus, f.status) : undefined,
  );
}

/** Running since before `due`, and nothing reported for it: the partner is asked for that year's report. */
/** The published pledges of the given organisations, oldest first, with their baseline and target. */
export function publishedPledgesOf(organisationIds: number[]) {
  if (organisationIds.length === 0) return [];
  return db()
    .select({
      id: pledges.id,
      organisationId: pledges.organisationId,
      title: pledges.title,
      lang: pledges.lang,
      kind: pledges.kind,
      unit: pledges.unit,
      baselineYear: pledges.baselineYear,
      baselineValue: pledges.baselineValue,
      targetYear: pledges.targetYear,
      targetValue: pledges.targetValue,
    })
    .from(pledges)
    .where(and(inArray(pledges.organisationId, organisationIds), eq(pledges.status, "published")))
    .orderBy(asc(pledges.id))
    .all();
}

export function reportMissingFor(due: number) {
  return sql`cast(substr(${pledges.startsOn}, 1, 4) as integer) <= ${due} and (${pledges.latestReportYear} is null or ${pledges.latestReportYear} < ${due})`;
}

/** The same rule as isReportLate(), in SQL: a missing report is "overdue" only if published before `due` began. */
function lateFor(due: number) {
  return sql`${reportMissingFor(due)}
    and (${pledges.publishedAt} is null or cast(strftime('%Y', ${pledges.publishedAt} / 1000, 'unixepoch') as integer) < ${due})`;
}

/** One page of the public directory, filtered and counted in SQL; progress comes from the pledge row. */
export function pledgeDirectoryPage(f: DirectoryFilter, page: number, perPage: number, currentYear = new Date().getUTCFullYear()) {
  const where = directoryWhere(f, currentYear);
  // Counting needs the other tables only when the filter is on them (unfiltered: an index count).
  let counting = db()
    .select({ n: sql<number>`count(*)` })
    .from(pledges)
    .$dynamic();
  if (f.type || f.country) counting = counting.innerJoin(organisations, eq(organisations.id, pledges.organisationId));
  if (f.pillar) counting = counting.innerJoin(pillars, eq(pillars.id, pledges.pillarId));
  const total = counting.where(where).get()?.n ?? 0;
  const rows = db()
    .select({
      id: pledges.id,
      title: pledges.title,
      lang: pledges.lang,
      kind: pledges.kind,
      startsOn: pledges.startsOn,
      progress: pledges.progress,
      progressStatus: pledges.progressStatus,
      latestReportYear: pledges.latestReportYear,
      publishedAt: pledges.publishedAt,
      organisation: { name: organisations.name, type: organisations.type, country: organisations.country },
      pillarSlug: pillars.slug,
      pillarNumber: pillars.number,
    })
    .from(pledges)
    .innerJoin(organisations, eq(organisations.id, pledges.organisationId))
    .innerJoin(pillars, eq(pillars.id, pledges.pillarId))
    .where(where)
    .orderBy(pillars.number, desc(pledges.publishedAt), desc(pledges.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all()
    .map((r) => ({ ...r, late: isKeptLate(r, currentYear) }));
  return { total, rows, countries: pledgeCountries() };
}

// The two below are the same for every language, filter and page of the directory, each kept as a
// page of its own: after a write, the first page rendered computes them and the others reuse them
// until the next write (memoUntilWrite; decision 016).

/** The countries of the organisations with a published pledge, for the filter. */
function pledgeCountries() {
  return memoThroughRegistrations("pledge-countries", () =>
    db()
      .selectDistinct({ country: organisations.country })
      .from(organisations)
      .where(inArray(organisations.id, db().select({ id: pledges.organisationId }).from(pledges).where(eq(pledges.status, "published"))))
      .all()
      .map((r) => r.country),
  );
}

/** How many published pledges each pillar has. */
export function pledgeTotalsByPillar() {
  return memoThroughRegistrations("pledge-totals-by-pillar", () =>
    db()
      .select({ pillarId: pledges.pillarId, n: sql<number>`count(*)` })
      .from(pledges)
      .where(eq(pledges.status, "published"))
      .groupBy(pledges.pillarId)
      .all(),
  );
}
