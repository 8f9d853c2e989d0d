import { and, desc, eq, inArray } from "drizzle-orm";
import { auditLog, reportingYearLocks, staffUsers } from "../../db/schema";
import { db, write, type DB, type Tx } from "~/utils/db.server";
import { recordChange } from "./audit.server";

/** The first year the database accepts (the path's base year may be 2019 at the earliest). */
export const FIRST_REPORTING_YEAR = 2019;
const ENTITY = "reporting-year";

/** Years the secretariat has closed, newest first. */
export function closedYears(): number[] {
  return db()
    .select({ year: reportingYearLocks.year })
    .from(reportingYearLocks)
    .orderBy(desc(reportingYearLocks.year))
    .all()
    .map((r) => r.year);
}

/** Read inside the partner's own write, so a year closed a moment before is refused. */
export function isYearClosed(tx: Tx | DB, year: number) {
  return Boolean(tx.select({ year: reportingYearLocks.year }).from(reportingYearLocks).where(eq(reportingYearLocks.year, year)).get());
}

/** Years a member of the secretariat may close or reopen: from the first reporting year to last year. */
export function closableYears(now = Date.now()) {
  const last = new Date(now).getUTCFullYear() - 1;
  return Array.from({ length: last - FIRST_REPORTING_YEAR + 1 }, (_, i) => last - i);
}

/** Closes a year: its figures are final. Audited; closing a closed year changes nothing. */
export function closeReportingYear(year: number, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const added = tx.insert(reportingYearLocks).values({ year, lockedAt: now, lockedBy: staffUserId }).onConflictDoNothing().returning().get();
    if (!added) return false;
    recordChange(tx, { staffUserId, action: "locked", entity: ENTITY, entityId: year });
    return true;
  });
}

/** Reopens a closed year (an administrator's decision), so partners may file and correct it again. Audited. */
export function reopenReportingYear(year: number, staffUserId: number) {
  return write((tx) => {
    const removed = tx.delete(reportingYearLocks).where(eq(reportingYearLocks.year, year)).returning().get();
    if (!removed) return false;
    recordChange(tx, { staffUserId, action: "unlocked", entity: ENTITY, entityId: year });
    return true;
  });
}

/** Who closed and reopened which year, newest first. */
export function reportingYearHistory(limit = 20) {
  return db()
    .select({ id: auditLog.id, action: auditLog.action, year: auditLog.entityId, at: auditLog.at, who: staffUsers.name })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.staffUserId))
    .where(and(eq(auditLog.entity, ENTITY), inArray(auditLog.action, ["locked", "unlocked"])))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, action: r.action as "locked" | "unlocked", year: Number(r.year) }));
}
