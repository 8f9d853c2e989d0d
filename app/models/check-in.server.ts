import { and, eq, isNull, ne } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import { checkInCode } from "~/utils/check-in-code.server";
import { normaliseCheckInCode } from "~/utils/check-in-code";
import { db, write } from "~/utils/db.server";
import { lockedUntil, recordMiss } from "~/utils/guess-lock.server";
import { recordChange } from "./audit.server";
import { inPersonRegistrationIds, seatModeOf, type SeatMode } from "./seat-mode.server";
import type { RegistrationStatus } from "./registrations.server";

/**
 * Check-in at the door. The code is derived, not stored (utils/check-in-code.server), so a code is
 * found by deriving the codes of the event's registrations (one query, about a microsecond each);
 * only a code that matches none of them is looked for at other events, to say so. Marking is
 * idempotent: attended_at is written once, whatever arrives twice (a double tap, an offline queue
 * sent again), and a second check-in answers "already" with the first time.
 */
export type CheckInPerson = { name: string; organisation: string; seat: SeatMode | undefined; accessibilityNeeds: string | null };
export type CheckInOutcome =
  | { outcome: "checked-in"; person: CheckInPerson; at: number }
  | { outcome: "already"; person: CheckInPerson; at: number }
  | { outcome: "not-confirmed"; person: CheckInPerson; status: RegistrationStatus }
  | { outcome: "online"; person: CheckInPerson }
  | { outcome: "other-event" }
  | { outcome: "unknown" }
  | { outcome: "malformed" }
  | { outcome: "locked"; until: number };

const DAY = 24 * 3_600_000;

/** The code to show a registrant (email, manage page). */
export const checkInCodeOf = (reg: { id: number; createdAt: number }) => checkInCode(reg.id, reg.createdAt);

/** Whether a registration carries a check-in code: confirmed, with a seat in the room. */
export function carriesCheckInCode(reg: { id: number; status: RegistrationStatus }): boolean {
  return reg.status === "confirmed" && seatModeOf(reg.id) === "in-person";
}

function findAtEvent(eventId: number, code: string) {
  const rows = db().select({ id: registrations.id, createdAt: registrations.createdAt }).from(registrations).where(eq(registrations.eventId, eventId)).all();
  return rows.find((r) => checkInCode(r.id, r.createdAt) === code) ?? null;
}

function existsElsewhere(eventId: number, code: string): boolean {
  const rows = db().select({ id: registrations.id, createdAt: registrations.createdAt }).from(registrations).where(ne(registrations.eventId, eventId)).all();
  return rows.some((r) => checkInCode(r.id, r.createdAt) === code);
}

/**
 * Checks a typed or scanned code in at `eventId`. `guessKey` names who is guessing (the staff
 * session): misses count against it and lock it for a while. `scannedAt`: when the phone took the
 * code (an offline check-in sent later keeps its own time, within the last day, never in future).
 */
export function checkIn(
  input: { eventId: number; typed: string; staffUserId: number; guessKey: string; scannedAt?: number },
  now = Date.now(),
): CheckInOutcome {
  const until = lockedUntil(input.guessKey, now);
  if (until) return { outcome: "locked", until };
  const code = normaliseCheckInCode(input.typed);
  if (!code) return { outcome: "malformed" };
  const found = findAtEvent(input.eventId, code);
  if (!found) {
    recordMiss(input.guessKey, now);
    return existsElsewhere(input.eventId, code) ? { outcome: "other-event" } : { outcome: "unknown" };
  }
  const at = Math.min(now, Math.max(now - DAY, input.scannedAt ?? now));
  return write((tx): CheckInOutcome => {
    const reg = tx.select().from(registrations).where(eq(registrations.id, found.id)).get()!;
    const person: CheckInPerson = {
      name: `${reg.firstName} ${reg.lastName}`,
      organisation: reg.organisation,
      seat: seatModeOf(reg.id),
      accessibilityNeeds: reg.accessibilityNeeds,
    };
    if (reg.status !== "confirmed") return { outcome: "not-confirmed", person, status: reg.status };
    if (person.seat !== "in-person") return { outcome: "online", person };
    if (reg.attendedAt) return { outcome: "already", person, at: reg.attendedAt };
    tx.update(registrations)
      .set({ attendedAt: at, updatedAt: now })
      .where(and(eq(registrations.id, reg.id), isNull(registrations.attendedAt)))
      .run();
    recordChange(tx, { staffUserId: input.staffUserId, action: "checked-in", entity: "registration", entityId: reg.id });
    return { outcome: "checked-in", person, at };
  });
}

/** The desk's figures: how many are in, of how many who hold a seat in the room. */
export function checkInFigures(eventId: number) {
  const rows = db()
    .select({ id: registrations.id, attendedAt: registrations.attendedAt })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed")))
    .all();
  const room = inPersonRegistrationIds(eventId);
  const inPerson = rows.filter((r) => room.has(r.id));
  return { expected: inPerson.length, arrived: inPerson.filter((r) => r.attendedAt !== null).length };
}

/** The event's title and zone for the check-in page; null when there is no such event. */
export function checkInEvent(eventId: number) {
  return (
    db().select({ id: events.id, title: events.title, timeZone: events.timeZone, format: events.format }).from(events).where(eq(events.id, eventId)).get() ??
    null
  );
}
