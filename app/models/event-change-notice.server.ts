import { and, eq, inArray } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import type { Tx } from "~/utils/db.server";
import { ensureParticipationTypes } from "./participation-types.server";
import { emailRegistrant } from "./registrant-emails.server";

/** Tells confirmed registrants that the date, time or join link changed (called inside the edit's transaction). */
export function notifyEventChanged(tx: Tx, eventId: number) {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  const types = new Map(ensureParticipationTypes(tx, eventId).map((t) => [t.id, t]));
  const confirmed = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed")))
    .all();
  // The types are read once for the whole list, not once per registrant.
  for (const reg of confirmed)
    emailRegistrant(tx, "event-changed", reg, event, { type: reg.participationTypeId === null ? null : (types.get(reg.participationTypeId) ?? null) });
  return confirmed.length;
}

/**
 * Tells everyone an event still counted on that it is cancelled (called inside the edit's transaction): the
 * confirmed, those waiting for a seat or for a decision, and a proven address holding a seat. Not an address
 * never proven, which has had only the link to prove it.
 */
export function notifyEventCancelled(tx: Tx, eventId: number) {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  const told = tx
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.addressProven, true),
        inArray(registrations.status, ["confirmed", "waiting", "pending", "held"]),
      ),
    )
    .all();
  for (const reg of told) emailRegistrant(tx, "event-cancelled", reg, event);
  return told.length;
}
