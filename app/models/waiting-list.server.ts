import { and, eq } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import type { Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { freeSeats } from "./participation-rules";
import { ensureParticipationTypes, type ParticipationType } from "./participation-types.server";
import { emailAddressProof, emailRegistrant } from "./registrant-emails.server";
import { LINE_ORDER, seatedCount } from "./seats.server";

type EventRow = typeof events.$inferSelect;

/** Fills one type's free seats from the head of its own waiting list, telling each promoted person. */
function promoteWithinType(tx: Tx, event: EventRow, type: ParticipationType, now: number): number {
  // A cancelled event seats nobody: a seat given up or lapsing there is no seat for the next in line.
  if (event.status === "cancelled") return 0;
  let free = freeSeats(type, seatedCount(tx, type.id));
  let promoted = 0;
  while (free > 0) {
    const next = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.participationTypeId, type.id), eq(registrations.status, "waiting")))
      .orderBy(...LINE_ORDER)
      .limit(1)
      .get();
    if (!next) break;
    // Someone whose address is not yet proven is next in line: the seat is held for them, not given.
    if (!next.addressProven) {
      const held = tx
        .update(registrations)
        .set({ status: "held", holdExpiresAt: now + env().SEAT_HOLD_MINUTES * 60_000, updatedAt: now })
        .where(eq(registrations.id, next.id))
        .returning()
        .get();
      emailAddressProof(tx, held, event);
      free--;
      continue;
    }
    const reg = tx.update(registrations).set({ status: "confirmed", confirmedAt: now, updatedAt: now }).where(eq(registrations.id, next.id)).returning().get();
    emailRegistrant(tx, "registration-promoted", reg, event);
    free--;
    promoted++;
  }
  return promoted;
}

/**
 * Fills free seats from the head of each waiting list: every participation type has its own seats and
 * its own line, so a seat freed online never seats someone waiting for the room.
 */
/** The same, for one participation type whose seat was just freed. */
export function promoteInType(tx: Tx, event: EventRow, typeId: number, now = Date.now()): number {
  const type = ensureParticipationTypes(tx, event.id).find((t) => t.id === typeId);
  return type ? promoteWithinType(tx, event, type, now) : 0;
}

export function promoteFromWaitingList(tx: Tx, eventId: number, now = Date.now()): number {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  let promoted = 0;
  for (const type of ensureParticipationTypes(tx, eventId)) promoted += promoteWithinType(tx, event, type, now);
  return promoted;
}
