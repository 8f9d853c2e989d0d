import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { events, registrations, type genders, type organisationTypes } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { env, publicOrigin } from "~/utils/env.server";
import { buildCalendar } from "~/utils/ical";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { enqueueEmail, mayEmailFromPublicForm } from "~/utils/outbox.server";
import { formatEventWhen } from "~/utils/time";
import { registrationState } from "./events.server";
import { checkInForEmail } from "./check-in-email.server";
import { mailboxKey } from "~/utils/mailbox";
import { hashToken, isTokenShaped, linkToken, unusableTokenHash } from "~/utils/tokens.server";

export type RegistrationStatus = (typeof registrations.$inferSelect)["status"];
export type RegistrantDetails = {
  firstName: string;
  lastName: string;
  organisation: string;
  organisationType: (typeof organisationTypes)[number];
  country: string;
  jobTitle: string;
  gender: (typeof genders)[number] | null;
  accessibilityNeeds: string | null;
  /** Only on events whose delegates need their focal point's approval. */
  governmentDelegate?: boolean;
};

/** The key that decides "same person" (see mailboxKey). */
export const emailKey = mailboxKey;

type EventRow = typeof events.$inferSelect;
type RegistrationRow = typeof registrations.$inferSelect;
type EmailName = Parameters<typeof enqueueEmail>[1]["template"];

/** Seats taken: confirmed, and held for registrants who have yet to prove their address. */
export function seatedCount(tx: Tx, eventId: number): number {
  return tx
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, ["confirmed", "held"])))
    .get()!.n;
}

/** Seats taken at one event, for its public page. */
export function confirmedSeats(eventId: number): number {
  return db().transaction((tx) => seatedCount(tx, eventId));
}

export function waitingPosition(tx: Tx, reg: Pick<RegistrationRow, "id" | "eventId">): number {
  return tx
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(eq(registrations.eventId, reg.eventId), eq(registrations.status, "waiting"), lte(registrations.id, reg.id)))
    .get()!.n;
}

export const manageUrl = (lang: string, token: string) => `${publicOrigin()}/${lang}/registrations/${token}`;

/**
 * The manage link's token for an email. Only its hash is stored; a row written before tokens were
 * hashed is given the derived one here, so the newest email's link always opens it.
 */
export function manageTokenFor(tx: Tx, reg: Pick<RegistrationRow, "id" | "createdAt" | "tokenHash">): string {
  const token = linkToken("registration", reg.id, reg.createdAt);
  const hash = hashToken(token);
  if (reg.tokenHash !== hash) tx.update(registrations).set({ tokenHash: hash }).where(eq(registrations.id, reg.id)).run();
  return token;
}

/** The calendar file a registrant receives: with the join link only when their seat is confirmed. */
export function registrantCalendar(event: EventRow, lang: Lang, withJoin: boolean) {
  const url = `${publicOrigin()}/${lang}/events/${event.slug}`;
  const join = withJoin && event.joinUrl ? `\n\n${getT(lang, "email")("registration.join")}: ${event.joinUrl}` : "";
  return buildCalendar({
    name: getT(lang)("brand.name"),
    events: [
      {
        uid: `event-${event.id}@${new URL(publicOrigin()).hostname}`,
        start: event.startsAt,
        end: event.endsAt,
        summary: pickTranslation(event.title, lang).text,
        description: `${pickTranslation(event.summary, lang).text}\n\n${url}${join}`,
        location: withJoin && event.joinUrl ? event.joinUrl : pickTranslation(event.venue, lang).text,
        url,
        updated: event.updatedAt,
        sequence: Math.floor(event.updatedAt / 1000) % 2_000_000_000,
        allDayIn: event.dateOnly ? event.timeZone : undefined,
        cancelled: event.status === "cancelled",
      },
    ],
  });
}

/**
 * What every email to a registrant says of the registration, in the registrant's language. A
 * caller writing to the whole waiting list in order passes each place instead of counting it.
 */
export function registrantEmailProps(
  tx: Tx,
  reg: RegistrationRow,
  event: EventRow,
  position = reg.status === "waiting" ? waitingPosition(tx, reg) : undefined,
) {
  const lang = reg.lang as Lang;
  const t = getT(lang, "common");
  return {
    // Letters greet the full name, never the first name alone (the register of UN correspondence).
    fullName: `${reg.firstName} ${reg.lastName}`,
    eventTitle: pickTranslation(event.title, lang).text,
    when: formatEventWhen(lang, event),
    venue: pickTranslation(event.venue, lang).text,
    eventUrl: `${publicOrigin()}/${lang}/events/${event.slug}`,
    manageUrl: manageUrl(lang, manageTokenFor(tx, reg)),
    // The join link only ever goes to those holding a seat.
    joinUrl: reg.status === "confirmed" ? event.joinUrl : null,
    position,
    status: t(`registrationStatus.${reg.status}`),
  };
}

/** Writes one registration email into the outbox, in the registrant's language. */
export function emailRegistrant(tx: Tx, template: EmailName, reg: RegistrationRow, event: EventRow, extra: { focalPointNote?: string | null } = {}) {
  const lang = reg.lang as Lang;
  const confirmed = reg.status === "confirmed";
  // A confirmed seat in the room: the check-in code and its QR image (check-in-email.server).
  const checkIn = checkInForEmail(tx, template, reg);
  enqueueEmail(tx, {
    to: reg.email,
    lang,
    template: template as "registration-confirmed",
    props: { ...registrantEmailProps(tx, reg, event), ...checkIn.props, ...extra },
    // Someone on the waiting list holds no seat, so no date goes into their calendar until they have one.
    attachments: [
      ...(reg.status === "cancelled" || reg.status === "rejected" || reg.status === "waiting"
        ? []
        : [
            { filename: `${event.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: registrantCalendar(event, lang, confirmed) },
          ]),
      ...checkIn.attachments,
    ],
  });
}

export type RegisterOutcome = { outcome: "registered"; status: RegistrationStatus } | { outcome: "resent" } | { outcome: "closed" };

/**
 * The one email an address that has not proven itself gets: the portal's own words, the event's
 * title and the link to the page whose button proves it. Nothing the sender typed.
 */
export function emailAddressProof(tx: Tx, reg: RegistrationRow, event: EventRow) {
  const lang = reg.lang as Lang;
  enqueueEmail(tx, {
    to: reg.email,
    lang,
    template: "registration-verify",
    props: { eventTitle: pickTranslation(event.title, lang).text, manageUrl: manageUrl(lang, manageTokenFor(tx, reg)) },
  });
}

/**
 * Registers a person for an event. It counts once the address is proven (verifyRegistration):
 * until then a free seat is held (SEAT_HOLD_MINUTES), or the person waits in line, or (no seat
 * limit, or approval first) nothing is held. The seat count and the insert happen in one
 * IMMEDIATE transaction, so however many people submit at once, no more than capacity are seated.
 * A repeat (same folded address) creates nothing: it re-sends the link.
 */
export function registerForEvent(input: { eventId: number; email: string; lang: Lang; details: RegistrantDetails }, now = Date.now()): RegisterOutcome {
  return write((tx) => {
    const event = tx.select().from(events).where(eq(events.id, input.eventId)).get();
    if (!event || event.status !== "published") return { outcome: "closed" };
    const seated = seatedCount(tx, event.id);
    const state = registrationState(event, seated, now).kind;
    if (state !== "open" && state !== "waiting-list") return { outcome: "closed" };

    // Counted for new and known addresses alike, so the work done does not tell them apart.
    const mayEmail = mayEmailFromPublicForm(tx, input.email, true, now);
    const key = emailKey(input.email);
    const existing = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.emailKey, key)))
      .get();
    if (existing && existing.status !== "cancelled" && existing.status !== "expired") {
      if (mayEmail) {
        if (existing.addressProven) emailRegistrant(tx, "registration-link", existing, event);
        else emailAddressProof(tx, existing, event);
      }
      return { outcome: "resent" };
    }
    // A government's delegate, where the event asks, waits for the focal point (or the secretariat)
    // once the address is proven, as an event needing approval does.
    const heldForFocalPoint = event.delegatesNeedFocalPoint && input.details.governmentDelegate === true;
    const status: RegistrationStatus =
      event.requiresApproval || heldForFocalPoint || event.capacity === null ? "unverified" : seated < event.capacity ? "held" : "waiting";
    const values = {
      ...input.details,
      eventId: event.id,
      email: input.email.trim(),
      emailKey: key,
      lang: input.lang,
      status,
      addressProven: false,
      holdExpiresAt: status === "held" ? now + env().SEAT_HOLD_MINUTES * 60_000 : null,
      tokenHash: unusableTokenHash(),
      updatedAt: now,
      confirmedAt: null,
      cancelledAt: null,
      attendedAt: null,
      reminderSentAt: null,
      joinReminderSentAt: null,
    };
    // A person who cancelled (or let a hold lapse) and comes back takes a new place: same row, new link, new time.
    const reg = existing
      ? tx
          .update(registrations)
          .set({ ...values, createdAt: now })
          .where(eq(registrations.id, existing.id))
          .returning()
          .get()
      : tx
          .insert(registrations)
          .values({ ...values, createdAt: now })
          .returning()
          .get();
    if (mayEmail) emailAddressProof(tx, reg, event);
    else manageTokenFor(tx, reg);
    return { outcome: "registered", status };
  });
}

/** Fills free seats from the head of the waiting list, telling each promoted person. */
export function promoteFromWaitingList(tx: Tx, eventId: number, now = Date.now()): number {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  let free = event.capacity === null ? Number.POSITIVE_INFINITY : event.capacity - seatedCount(tx, eventId);
  let promoted = 0;
  while (free > 0) {
    const next = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "waiting")))
      .orderBy(asc(registrations.id))
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

export function getRegistrationByToken(token: string) {
  if (!isTokenShaped(token)) return null;
  const row = db()
    .select({ reg: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  const position = row.reg.status === "waiting" ? db().transaction((tx) => waitingPosition(tx, row.reg)) : null;
  return { ...row, position };
}

export function updateRegistrantDetails(token: string, details: RegistrantDetails, now = Date.now()) {
  return write(
    (tx) =>
      tx
        .update(registrations)
        .set({ ...details, updatedAt: now })
        .where(and(eq(registrations.tokenHash, hashToken(token)), inArray(registrations.status, ["confirmed", "waiting", "pending", "held", "unverified"])))
        .run().changes > 0,
  );
}

/** Cancels by the manage link; a freed seat goes to the first person waiting, in the same transaction. */
export function cancelRegistration(token: string, now = Date.now()) {
  return write((tx) => {
    const reg = tx
      .select()
      .from(registrations)
      .where(eq(registrations.tokenHash, hashToken(token)))
      .get();
    if (!reg || reg.status === "cancelled" || reg.status === "rejected" || reg.status === "expired") return false;
    const event = tx.select().from(events).where(eq(events.id, reg.eventId)).get()!;
    const updated = tx
      .update(registrations)
      .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
      .where(eq(registrations.id, reg.id))
      .returning()
      .get();
    // One who never proved the address gets nothing more: what they typed goes to no inbox.
    if (reg.addressProven) emailRegistrant(tx, "registration-cancelled", updated, event);
    if (reg.status === "confirmed" || reg.status === "held") promoteFromWaitingList(tx, reg.eventId, now);
    return true;
  });
}

/** Tells confirmed registrants that the date, time or join link changed (called inside the edit's transaction). */
export function notifyEventChanged(tx: Tx, eventId: number) {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  const confirmed = tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed")))
    .all();
  for (const reg of confirmed) emailRegistrant(tx, "event-changed", reg, event);
  return confirmed.length;
}
