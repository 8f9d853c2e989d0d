import { and, desc, eq } from "drizzle-orm";
import { auditLog, staffUsers } from "../../db/schema";
import { db, type Tx } from "~/utils/db.server";

/** Who changed what and when; written in the same transaction as the change itself. */
export function recordChange(
  tx: Tx,
  entry: { staffUserId: number; action: string; entity: string; entityId: number | string; detail?: Record<string, unknown> },
) {
  tx.insert(auditLog)
    .values({
      staffUserId: entry.staffUserId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      detail: JSON.stringify(entry.detail ?? {}),
      at: Date.now(),
    })
    .run();
}

export function historyFor(entity: string, entityId: number | string, limit = 20) {
  return db()
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, who: staffUsers.name })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.staffUserId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
}
