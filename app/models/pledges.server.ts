import { and, desc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { organisations, partnerUsers, pillars, pledges, progressReports } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { recordChange } from "./audit.server";
import { isReportLate, pledgeProgress, type PledgeStatus } from "./pledge-progress";
import type { PledgeKind } from "./pledge-types";

export type PledgeInput = {
  pillarId: number;
  kind: PledgeKind;
  title: string;
  description: string;
  lang: Lang;
  metric: string;
  unit: string;
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  targetValue: number;
  scopes: string[];
  disclosesAllScopesYearly: boolean;
  startsOn: string;
  endsOn: string | null;
};

export type ReportInput = { year: number; value: number; narrative: string; evidenceUrl: string | null; scopeValues: Record<string, number> | null };
type PledgeRow = typeof pledges.$inferSelect;
type Template = "pledge-received" | "pledge-published" | "pledge-changes-requested" | "pledge-rejected" | "pledge-withdrawn" | "pledge-report-due";

/** Every person of the organisation hears about their pledge, each in their own language. */
function emailOrganisation(tx: Tx, template: Template, pledge: PledgeRow, year?: number) {
  for (const user of tx.select().from(partnerUsers).where(eq(partnerUsers.organisationId, pledge.organisationId)).all()) {
    enqueueEmail(tx, {
      to: user.email,
      lang: user.lang as Lang,
      template,
      props: {
        name: user.name,
        title: pledge.title,
        comment: pledge.moderatorComment ?? "",
        url: `${publicOrigin()}/${user.lang}/partners/pledges/${pledge.id}`,
        year,
      },
    });
  }
}

/** A partner submits a pledge: it goes straight to the secretariat's review. */
export function submitPledge(organisationId: number, userId: number, input: PledgeInput, now = Date.now()) {
  return write((tx) => {
    const row = tx
      .insert(pledges)
      .values({ ...input, organisationId, submittedBy: userId, status: "in-review", createdAt: now, updatedAt: now })
      .returning()
      .get();
    emailOrganisation(tx, "pledge-received", row);
    return row.id;
  });
}

/** Revising is for the pledge's own organisation, while it is in review or changes were requested. */
export function revisePledge(organisationId: number, pledgeId: number, input: PledgeInput, now = Date.now()) {
  return write((tx) => {
    const row = tx
      .update(pledges)
      .set({ ...input, status: "in-review", updatedAt: now })
      .where(and(eq(pledges.id, pledgeId), eq(pledges.organisationId, organisationId), inArray(pledges.status, ["in-review", "changes-requested"])))
      .returning()
      .get();
    if (row) refreshPledgeProgress(tx, pledgeId);
    if (row) emailOrganisation(tx, "pledge-received", row);
    return Boolean(row);
  });
}

export function withdrawPledge(organisationId: number, pledgeId: number, now = Date.now()) {
  return write((tx) => {
    const row = tx
      .update(pledges)
      .set({ status: "withdrawn", updatedAt: now })
      .where(
        and(eq(pledges.id, pledgeId), eq(pledges.organisationId, organisationId), inArray(pledges.status, ["in-review", "changes-requested", "published"])),
      )
      .returning()
      .get();
    if (row) emailOrganisation(tx, "pledge-withdrawn", row);
    return Boolean(row);
  });
}

const decisions = {
  publish: { status: "published", template: "pledge-published" },
  "request-changes": { status: "changes-requested", template: "pledge-changes-requested" },
  reject: { status: "rejected", template: "pledge-rejected" },
} as const;

/** The secretariat's decision on a pledge in review, with the comment the partner will read. */
export function moderatePledge(pledgeId: number, decision: keyof typeof decisions, comment: string | null, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const { status, template } = decisions[decision];
    const row = tx
      .update(pledges)
      .set({ status, moderatorComment: comment, updatedAt: now, ...(status === "published" ? { publishedAt: now } : {}) })
      .where(and(eq(pledges.id, pledgeId), eq(pledges.status, "in-review")))
      .returning()
      .get();
    if (!row) return false;
    emailOrganisation(tx, template, row);
    recordChange(tx, { staffUserId, action: decision, entity: "pledge", entityId: pledgeId });
    return true;
  });
}

/** A progress report on one's own published pledge; a second report for the same year replaces the first. */
export function reportProgress(organisationId: number, pledgeId: number, report: ReportInput, now = Date.now()) {
  return write((tx) => {
    const pledge = tx
      .select({ id: pledges.id })
      .from(pledges)
      .where(and(eq(pledges.id, pledgeId), eq(pledges.organisationId, organisationId), eq(pledges.status, "published")))
      .get();
    if (!pledge) return false;
    tx.insert(progressReports)
      .values({ ...report, pledgeId, reportedAt: now })
      .onConflictDoUpdate({ target: [progressReports.pledgeId, progressReports.year], set: { ...report, reportedAt: now } })
      .run();
    refreshPledgeProgress(tx, pledgeId);
    return true;
  });
}

/**
 * Recomputes the progress kept on the pledge row from its reports, inside the caller's
 * transaction; pledgeProgress() stays the one definition of the rule.
 */
export function refreshPledgeProgress(tx: Tx, pledgeId: number) {
  const pledge = tx.select().from(pledges).where(eq(pledges.id, pledgeId)).get();
  if (!pledge) return;
  const reports = tx
    .select({ year: progressReports.year, value: progressReports.value })
    .from(progressReports)
    .where(eq(progressReports.pledgeId, pledgeId))
    .all();
  const p = pledgeProgress(pledge, reports);
  tx.update(pledges)
    .set({ progress: p.progress, progressStatus: p.status, latestReportYear: p.latest?.year ?? null })
    .where(eq(pledges.id, pledgeId))
    .run();
}

/** Start-up: pledges whose reports predate the kept progress (databases from before it existed). */
export function refreshStalePledgeProgress() {
  const stale = db()
    .selectDistinct({ id: progressReports.pledgeId })
    .from(progressReports)
    .innerJoin(pledges, eq(pledges.id, progressReports.pledgeId))
    .where(isNull(pledges.latestReportYear))
    .all();
  if (stale.length) write((tx) => stale.forEach((r) => refreshPledgeProgress(tx, r.id)));
  return stale.length;
}

const yearOf = (instant: number | null) => (instant === null ? null : new Date(instant).getUTCFullYear());

/** isReportLate() from the pledge row's kept latest report year, without reading its reports. */
function isKeptLate(p: { startsOn: string; latestReportYear: number | null; publishedAt: number | null }, currentYear: number) {
  return isReportLate(
    Number(p.startsOn.slice(0, 4)),
    p.latestReportYear === null ? [] : [{ year: p.latestReportYear, value: 0 }],
    currentYear,
    yearOf(p.publishedAt),
  );
}

/** An organisation's own pledges, each saying whether a published one has a report overdue. */
export function pledgesOfOrganisation(organisationId: number, currentYear = new Date().getUTCFullYear()) {
  return db()
    .select()
    .from(pledges)
    .where(eq(pledges.organisationId, organisationId))
    .orderBy(desc(pledges.updatedAt))
    .all()
    .map((p) => ({ ...p, late: p.status === "published" && isKeptLate(p, currentYear) }));
}

export function ownPledge(organisationId: number, pledgeId: number) {
  return (
    db()
      .select()
      .from(pledges)
      .where(and(eq(pledges.id, pledgeId), eq(pledges.organisationId, organisationId)))
      .get() ?? null
  );
}

/** An organisation's own reports on one pledge, newest year first, to read back and correct. */
export function ownReports(organisationId: number, pledgeId: number) {
  return db()
    .select({
      year: progressReports.year,
      value: progressReports.value,
      scopeValues: progressReports.scopeValues,
      narrative: progressReports.narrative,
      evidenceUrl: progressReports.evidenceUrl,
      reportedAt: progressReports.reportedAt,
    })
    .from(progressReports)
    .innerJoin(pledges, eq(pledges.id, progressReports.pledgeId))
    .where(and(eq(pledges.id, pledgeId), eq(pledges.organisationId, organisationId)))
    .orderBy(desc(progressReports.year))
    .all();
}

export function moderationQueue() {
  return db()
    .select({ pledge: pledges, organisation: organisations.name })
    .from(pledges)
    .innerJoin(organisations, eq(organisations.id, pledges.organisationId))
    .where(eq(pledges.status, "in-review"))
    .orderBy(pledges.updatedAt)
    .all();
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
function reportMissingFor(due: number) {
  return sql`cast(substr(${pledges.startsOn}, 1, 4) as integer) <= ${due} and (${pledges.latestReportYear} is null or ${pledges.latestReportYear} < ${due})`;
}

/** The same rule as isReportLate(), in SQL: a missing report is "overdue" only if published before `due` began. */
function lateFor(due: number) {
  return sql`${reportMissingFor(due)}
    and (${pledges.publishedAt} is null or cast(strftime('%Y', ${pledges.publishedAt} / 1000, 'unixepoch') as integer) < ${due})`;
}

const DAY = 86_400_000;
/** A pledge published less than this long ago is not reminded yet: its publication email has just asked for reports. */
export const REMINDER_GRACE_MS = 30 * DAY;

/**
 * Once a calendar year, the people of an organisation whose published pledge has no progress
 * report for last year are reminded, each in their own language. Runs from the scheduler; a
 * batch at a time, each pledge marked in the same transaction as its emails.
 */
export function sendReportReminders(now = Date.now(), batch = 200): number {
  const year = new Date(now).getUTCFullYear();
  return write((tx) => {
    const due = tx
      .select()
      .from(pledges)
      .where(
        and(
          eq(pledges.status, "published"),
          reportMissingFor(year - 1),
          or(isNull(pledges.reportRemindedYear), lt(pledges.reportRemindedYear, year)),
          lte(pledges.publishedAt, now - REMINDER_GRACE_MS),
        ),
      )
      .orderBy(pledges.id)
      .limit(batch)
      .all();
    for (const pledge of due) {
      tx.update(pledges).set({ reportRemindedYear: year }).where(eq(pledges.id, pledge.id)).run();
      emailOrganisation(tx, "pledge-report-due", pledge, year - 1);
    }
    return due.length;
  });
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
  const countries = db()
    .selectDistinct({ country: organisations.country })
    .from(organisations)
    .where(inArray(organisations.id, db().select({ id: pledges.organisationId }).from(pledges).where(eq(pledges.status, "published"))))
    .all()
    .map((r) => r.country);
  return { total, rows, countries };
}

/** How many published pledges each pillar has. */
export function pledgeTotalsByPillar() {
  return db()
    .select({ pillarId: pledges.pillarId, n: sql<number>`count(*)` })
    .from(pledges)
    .where(eq(pledges.status, "published"))
    .groupBy(pledges.pillarId)
    .all();
}

/** Staff export: every pledge with its status and the organisation's contacts. */
export function pledgesCsvRowsForStaff() {
  const rows = db()
    .select({ pledge: pledges, organisation: organisations })
    .from(pledges)
    .innerJoin(organisations, eq(organisations.id, pledges.organisationId))
    .orderBy(pledges.id)
    .all();
  const contacts = db().select({ organisationId: partnerUsers.organisationId, email: partnerUsers.email }).from(partnerUsers).all();
  return rows.map(({ pledge: p, organisation: o }) => [
    p.id,
    p.status,
    o.name,
    o.country,
    p.kind,
    p.title,
    p.metric,
    p.unit,
    p.baselineYear,
    p.baselineValue,
    p.targetYear,
    p.targetValue,
    contacts
      .filter((c) => c.organisationId === o.id)
      .map((c) => c.email)
      .join(" "),
    new Date(p.createdAt).toISOString(),
  ]);
}
