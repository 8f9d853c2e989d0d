import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { isYearClosed } from "./reporting-years.server";
import { organisations, partnerUsers, pledges, progressReports } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { recordChange } from "./audit.server";
import { peopleOfOrganisations } from "./partners.server";
import { isKeptLate } from "./pledge-directory.server";
import { pledgeProgress } from "./pledge-progress";
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
export function emailOrganisation(tx: Tx, template: Template, pledge: PledgeRow, year?: number, people = peopleOfOrganisations(tx, [pledge.organisationId])) {
  for (const user of people.get(pledge.organisationId) ?? []) {
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
type PledgeDecision = keyof typeof decisions;

/** The secretariat's decision on a pledge in review, with the comment the partner will read; `seenAt`, the updatedAt of the version the reviewer read (a revision sent since is not decided unseen). */
export function moderatePledge(pledgeId: number, decision: PledgeDecision, comment: string | null, staffUserId: number, now = Date.now(), seenAt?: number) {
  return write((tx) => {
    const { status, template } = decisions[decision];
    const row = tx
      .update(pledges)
      .set({ status, moderatorComment: comment, updatedAt: now, ...(status === "published" ? { publishedAt: now } : {}) })
      .where(and(eq(pledges.id, pledgeId), eq(pledges.status, "in-review"), seenAt === undefined ? undefined : eq(pledges.updatedAt, seenAt)))
      .returning()
      .get();
    if (!row) return false;
    emailOrganisation(tx, template, row);
    recordChange(tx, { staffUserId, action: decision, entity: "pledge", entityId: pledgeId });
    return true;
  });
}

/**
 * A progress report on one's own published pledge; a second report for the same year replaces the
 * first, until the secretariat closes that reporting year ("closed-year": nothing is written).
 */
export function reportProgress(organisationId: number, pledgeId: number, report: ReportInput, now = Date.now()): boolean | "closed-year" {
  return write((tx) => {
    if (isYearClosed(tx, report.year)) return "closed-year" as const;
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

/** Recomputes the progress kept on the pledge row from its reports, inside the caller's transaction; pledgeProgress() stays the one definition of the rule. */
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
