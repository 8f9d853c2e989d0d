import { and, asc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { registrations } from "../../db/schema";
import type { Tx } from "~/utils/db.server";
import { prepared } from "~/utils/prepared.server";

type RegistrationRow = typeof registrations.$inferSelect;

/** A registration's line: its participation type's (a row from before types, its event's untyped ones). */
const sameType = (reg: Pick<RegistrationRow, "eventId" | "participationTypeId">) =>
  reg.participationTypeId === null
    ? and(eq(registrations.eventId, reg.eventId), isNull(registrations.participationTypeId))!
    : eq(registrations.participationTypeId, reg.participationTypeId);

/** Seats taken in one participation type: confirmed, and held for registrants who have yet to prove their address. */
export function seatedCount(_tx: Tx, typeId: number): number {
  return seated().get({ typeId })!.n;
}
const seated = prepared((d) =>
  d
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(eq(registrations.participationTypeId, sql.placeholder("typeId")), inArray(registrations.status, ["confirmed", "held"])))
    .prepare(),
);

/** Whether anyone waits in a type's line (a newcomer does not pass them). */
export function someoneWaiting(_tx: Tx, typeId: number): boolean {
  return !!firstWaiting().get({ typeId });
}
const firstWaiting = prepared((d) =>
  d
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.participationTypeId, sql.placeholder("typeId")), eq(registrations.status, "waiting")))
    .limit(1)
    .prepare(),
);

/**
 * A line's order: by when each person registered, then by row. Not by row alone: one who cancels and
 * registers again keeps their row but takes a new place (a new created_at), behind those who came meanwhile.
 */
export const LINE_ORDER = [asc(registrations.createdAt), asc(registrations.id)] as const;

/** Those at or ahead of `reg` in a line (in LINE_ORDER). */
export function aheadInLine(reg: Pick<RegistrationRow, "id" | "createdAt">): SQL {
  return or(lt(registrations.createdAt, reg.createdAt), and(eq(registrations.createdAt, reg.createdAt), lte(registrations.id, reg.id)))!;
}

/** A waiting registrant's place in their own type's line. */
export function waitingPosition(tx: Tx, reg: Pick<RegistrationRow, "id" | "eventId" | "participationTypeId" | "createdAt">): number {
  return tx
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(sameType(reg), eq(registrations.status, "waiting"), aheadInLine(reg)))
    .get()!.n;
}
