import { and, eq, isNull } from "drizzle-orm";
import { checkInCodes, events, participationTypes, registrations, type Translated } from "../../db/schema";
import { checkInCode } from "~/utils/check-in-code.server";
import { normaliseCheckInCode } from "~/utils/check-in-code";
import { db, write, type Tx } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";
import { lockedUntil, recordMiss } from "~/utils/guess-lock.server";
import { recordChange } from "./audit.server";
import { inPersonRegistrationIds, seatModeOf, type SeatMode } from "./seat-mode.server";
import type { RegistrationStatus } from "./registrations.server";
import { fullName } from "~/utils/person-name";

/**
 * Check-in at the door. The code is derived, not stored (utils/check-in-code.server); when it is
 * shown to someone (an email, the manage page) its sha256 is recorded, so a code typed at the door
 * is found by one indexed read. (Deriving every registration's code to find one took about 50 µs a
 * row on the shared machine: 0.6 s for 10,000 registrations.) Marking is idempotent: attended_at is
 * written once, whatever arrives twice (a double tap, an offline queue sent again), and a second
 * check-in answers "already" with the first time.
 */
export type CheckInPerson = {
  name: string;
  organisation: string;
  seat: SeatMode | undefined;
  /** The participation type's name (delegate, speaker, media…), in every language it has. */
  typeName: Translated | null;
  accessibilityNeeds: string | null;
};
export type CheckInOutcome =
  | { outcome: "checked-in"; person: CheckInPerson; at: number }
  | { outcome: "already"; person: CheckInPerson; at: number }
  | { outcome: "not-confirmed"; person: CheckInPerson; status: RegistrationStatus }
  | { outcome: "online"; person: CheckInPerson }
  | { outcome: "other-event" }
  | { outcome: "unknown" }
  | { outcome: "malformed" }
  | { outcome: "locked"; until: number }
  | { outcome: "not-open"; opensAt: number }
  | { outcome: "closed"; closedAt: number }
  | { outcome: "cancelled" };
/** Why the door takes no code now. */
export type ClosedDoor = Extract<CheckInOutcome, { outcome: "not-open" | "closed" | "cancelled" }>;

const DAY = 24 * 3_600_000;

/**
 * When the door takes codes: from a week before the event (badges are often collected ahead of a
 * conference) until a day after it ends. Months early it was a test or a wrong event marking real
 * registrants as present; after the event, attendance is recorded on the registrants page. A cancelled
 * event takes none: nobody attends an event that does not take place (nor gets its certificate).
 */
export function doorClosed(event: { startsAt: number; endsAt: number; status: string }, at: number): ClosedDoor | null {
  if (event.status === "cancelled") return { outcome: "cancelled" };
  const opensAt = event.startsAt - 7 * DAY;
  const closesAt = event.endsAt + DAY;
  if (at < opensAt) return { outcome: "not-open", opensAt };
  if (at > closesAt) return { outcome: "closed", closedAt: closesAt };
  return null;
}

/** The code to show a registrant, recorded (by its hash) so the door can find it. */
export function issueCheckInCode(tx: Tx, reg: { id: number; createdAt: number }, now = Date.now()): string {
  const code = checkInCode(reg.id, reg.createdAt);
  tx.insert(checkInCodes)
    .values({ codeHash: hashToken(code), registrationId: reg.id, issuedAt: now })
    .onConflictDoNothing()
    .run();
  return code;
}

/** Whether a registration carries a check-in code: confirmed, with a seat in the room. */
export function carriesCheckInCode(reg: { id: number; status: RegistrationStatus }): boolean {
  return reg.status === "confirmed" && seatModeOf(reg.id) === "in-person";
}

/** The registration a code was issued to, while the code is still the registration's own (a fresh start makes a new one). */
function findByCode(code: string) {
  const row = db()
    .select({ id: registrations.id, eventId: registrations.eventId, createdAt: registrations.createdAt })
    .from(checkInCodes)
    .innerJoin(registrations, eq(registrations.id, checkInCodes.registrationId))
    .where(eq(checkInCodes.codeHash, hashToken(code)))
    .get();
  return row && checkInCode(row.id, row.createdAt) === code ? row : null;
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
  const at = Math.min(now, Math.max(now - DAY, input.scannedAt ?? now));
  // Outside the door's hours no code is looked up: the answer is the same whatever was typed.
  const event = db().select({ startsAt: events.startsAt, endsAt: events.endsAt, status: events.status }).from(events).where(eq(events.id, input.eventId)).get();
  if (!event) return { outcome: "unknown" };
  const closed = doorClosed(event, at);
  if (closed) return closed;
  const code = normaliseCheckInCode(input.typed);
  if (!code) return { outcome: "malformed" };
  const found = findByCode(code);
  if (!found || found.eventId !== input.eventId) {
    recordMiss(input.guessKey, now);
    return found ? { outcome: "other-event" } : { outcome: "unknown" };
  }
  return write((tx): CheckInOutcome => {
    const reg = tx.select().from(registrations).where(eq(registrations.id, found.id)).get()!;
    const person: CheckInPerson = {
      name: fullName(reg.firstName, reg.lastName),
      organisation: reg.organisation,
      seat: seatModeOf(reg.id),
      typeName: reg.participationTypeId
        ? (tx.select({ name: participationTypes.name }).from(participationTypes).where(eq(participationTypes.id, reg.participationTypeId)).get()?.name ?? null)
        : null,
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
    db()
      .select({
        id: events.id,
        title: events.title,
        timeZone: events.timeZone,
        format: events.format,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        status: events.status,
      })
      .from(events)
      .where(eq(events.id, eventId))
      .get() ?? null
  );
}
