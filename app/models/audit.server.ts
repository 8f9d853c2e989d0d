import { and, desc, eq, sql } from "drizzle-orm";
import { auditLog, focalPoints, organisations, partnerUsers, staffUsers } from "../../db/schema";
import { db, type Tx } from "~/utils/db.server";

/** The actions a change history shows (events and their messages, content, endorsements, working groups), each named in admin.json `editor.action`. */
export const historyActions = [
  "created",
  "updated",
  "approved",
  "rejected",
  "renamed",
  "membership-accepted",
  "membership-declined",
  "co-lead-appointed",
  "member-removed",
  "member-left",
  "milestone-added",
  "milestone-changed",
  "milestone-deleted",
  "update-posted",
  "update-corrected",
  "update-withdrawn",
  "message-sent",
  "session-added",
  "session-updated",
  "session-removed",
  "speaker-added",
  "speaker-updated",
  "speaker-removed",
  "material-added",
  "material-removed",
  // A Member State's focal point deciding on, or making, its government's endorsement.
  "focal-point-confirmed",
  "focal-point-refused",
  "focal-point-endorsed",
  "focal-point-withdrew",
] as const;
export type HistoryAction = (typeof historyActions)[number];

/**
 * Who changed what and when; written in the same transaction as the change itself. The one who
 * changed it is a member of the secretariat or, for a working group's co-leads, a partner's person.
 */
export function recordChange(
  tx: Tx,
  entry: { staffUserId?: number; partnerUserId?: number; action: string; entity: string; entityId: number | string; detail?: Record<string, unknown> },
) {
  tx.insert(auditLog)
    .values({
      staffUserId: entry.staffUserId ?? null,
      partnerUserId: entry.partnerUserId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      detail: JSON.stringify(entry.detail ?? {}),
      at: Date.now(),
    })
    .run();
}

/** The latest changes to one record, each with who made it: a staff name, or "person (organisation)". */
/** The records whose history the secretariat's pages show; their changes use historyActions only. */
export type HistoryEntity = "event" | "circular" | "declaration" | "working-group" | "endorsement";

export function historyFor(entity: HistoryEntity, entityId: number | string, limit = 20) {
  const rows = db()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      at: auditLog.at,
      who: sql<string | null>`coalesce(${staffUsers.name}, ${partnerUsers.name} || ' (' || ${organisations.name} || ')', ${focalPoints.name})`,
    })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.staffUserId))
    .leftJoin(partnerUsers, eq(partnerUsers.id, auditLog.partnerUserId))
    .leftJoin(organisations, eq(organisations.id, partnerUsers.organisationId))
    // A focal point's decision names them in its detail (focal-point-endorsements.server.ts).
    .leftJoin(focalPoints, and(sql`${auditLog.action} like 'focal-point-%'`, eq(focalPoints.id, sql`json_extract(${auditLog.detail}, '$.focalPointId')`)))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
  // What these entities record is a HistoryAction (i18n.test names each one in every language).
  return rows.map((r) => ({ ...r, action: r.action as HistoryAction }));
}
