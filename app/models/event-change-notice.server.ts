import { and, eq, inArray } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import type { Tx } from "~/utils/db.server";
import { ensureParticipationTypes } from "./participation-types.server";
import { emailRegistrant, mayJoinOnline } from "./registrant-emails.server";
import { inPersonRegistrationIds } from "./seat-mode.server";
import { languages, pickTranslation, type Lang } from "~/utils/i18n";
import { formatEventWhen } from "~/utils/time";

type EventRow = typeof events.$inferSelect;

/** Those a cancellation is news to: every registration still on, once its address is proven. */
const TOLD_OF_CANCELLATION: (typeof registrations.$inferSelect)["status"][] = ["confirmed", "waiting", "pending", "held"];

/** What an edit changed that registrants must hear of; null when nothing. */
export function changesOf(before: EventRow, after: Pick<EventRow, "startsAt" | "endsAt" | "venue" | "joinUrl" | "status"> & { dateOnly?: boolean }) {
  const changes = {
    when: before.startsAt !== after.startsAt || before.endsAt !== after.endsAt || before.dateOnly !== (after.dateOnly ?? false),
    venue: languages.some((l) => (before.venue[l] ?? "") !== (after.venue[l] ?? "")),
    joinUrl: before.joinUrl !== after.joinUrl,
    // A cancelled event published again: those told of the cancellation are told it takes place after all.
    reinstated: before.status === "cancelled" && after.status === "published",
  };
  return changes.when || changes.venue || changes.joinUrl || changes.reinstated ? changes : null;
}
export type EventChanges = NonNullable<ReturnType<typeof changesOf>>;

/**
 * Tells registrants what changed, with what it was before (called inside the edit's transaction). Those
 * told are those a cancellation is sent to (notifyEventCancelled): seated, waiting for a seat or for a
 * decision, with a proven address. Everyone of a new date or time, or of the event being on again; those
 * coming (or waiting to come) to the room of a new venue; those joining online of a new link. Someone whom
 * no change concerns gets no email. Returns how many were told.
 */
export function notifyEventChanged(tx: Tx, eventId: number, before: EventRow, changes: EventChanges) {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  const types = new Map(ensureParticipationTypes(tx, eventId).map((t) => [t.id, t]));
  const registrants = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.addressProven, true), inArray(registrations.status, TOLD_OF_CANCELLATION)))
    .all();
  const room = inPersonRegistrationIds(eventId);
  let told = 0;
  // The types are read once for the whole list, not once per registrant.
  for (const reg of registrants) {
    const type = reg.participationTypeId === null ? null : (types.get(reg.participationTypeId) ?? null);
    const lang = reg.lang as Lang;
    const theirs = {
      when: changes.when ? formatEventWhen(lang, before) : null,
      venue: changes.venue && room.has(reg.id) ? pickTranslation(before.venue, lang).text || null : null,
      joinUrl: changes.joinUrl && mayJoinOnline(reg, type, event),
      venueChanged: changes.venue && room.has(reg.id),
      reinstated: changes.reinstated,
    };
    if (!theirs.when && !theirs.venueChanged && !theirs.joinUrl && !theirs.reinstated) continue;
    emailRegistrant(tx, "event-changed", reg, event, { type, changes: theirs });
    told++;
  }
  return told;
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
    .where(and(eq(registrations.eventId, eventId), eq(registrations.addressProven, true), inArray(registrations.status, TOLD_OF_CANCELLATION)))
    .all();
  for (const reg of told) emailRegistrant(tx, "event-cancelled", reg, event);
  return told.length;
}
