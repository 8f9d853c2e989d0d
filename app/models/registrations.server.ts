import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { events, registrations, type genders, type organisationTypes } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { buildCalendar } from "~/utils/ical";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { enqueueEmail } from "~/utils/outbox.server";
import { formatEventWhen } from "~/utils/time";
import { registrationState } from "./events.server";
import { isTokenShaped, newToken } from "~/utils/tokens.server";

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

/**
 * The key that decides "same person": case folded, "+tag" dropped, and for Gmail the dots too
 * (jane.doe+gda@gmail.com and JaneDoe@googlemail.com are one mailbox).
 */
export function emailKey(email: string): string {
  const [local = "", domain = ""] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  let name = local.split("+")[0] ?? "";
  let host = domain;
  if (host === "googlemail.com") host = "gmail.com";
  if (host === "gmail.com") name = name.replace(/\./g, "");
  return `${name}@${host}`;
}

type EventRow = typeof events.$inferSelect;
type RegistrationRow = typeof registrations.$inferSelect;
type EmailName = Parameters<typeof enqueueEmail>[1]["template"];

function confirmedCount(tx: Tx, eventId: number): number {
  return tx.select({ n: sql<number>`count(*)` }).from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed"))).get()!.n;
}

/** Confirmed seats of one event, for its public page. */
export function confirmedSeats(eventId: number): number {
  return db().transaction((tx) => confirmedCount(tx, eventId));
}

export function waitingPosition(tx: Tx, reg: Pick<RegistrationRow, "id" | "eventId">): number {
  return tx.select({ n: sql<number>`count(*)` }).from(registrations)
    .where(and(eq(registrations.eventId, reg.eventId), eq(registrations.status, "waiting"), lte(registrations.id, reg.id))).get()!.n;
}

export const manageUrl = (lang: string, token: string) => `${publicOrigin()}/${lang}/registrations/${token}`;

/** The calendar file a registrant receives: with the join link only when their seat is confirmed. */
export function registrantCalendar(event: EventRow, lang: Lang, withJoin: boolean) {
  const url = `${publicOrigin()}/${lang}/events/${event.slug}`;
  const join = withJoin && event.joinUrl ? `\n\n${getT(lang, "email")("registration.join")}: ${event.joinUrl}` : "";
  return buildCalendar({
    name: getT(lang)("brand.name"),
    events: [{
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
    }],
  });
}

/**
 * What every email to a registrant says of the registration, in the registrant's language. A
 * caller writing to the whole waiting list in order passes each place instead of counting it.
 */
export function registrantEmailProps(tx: Tx, reg: RegistrationRow, event: EventRow, position = reg.status === "waiting" ? waitingPosition(tx, reg) : undefined) {
  const lang = reg.lang as Lang;
  const t = getT(lang, "common");
  return {
    // Letters greet the full name, never the first name alone (the register of UN correspondence).
    fullName: `${reg.firstName} ${reg.lastName}`,
    eventTitle: pickTranslation(event.title, lang).text,
    when: formatEventWhen(lang, event),
    venue: pickTranslation(event.venue, lang).text,
    eventUrl: `${publicOrigin()}/${lang}/events/${event.slug}`,
    manageUrl: manageUrl(lang, reg.token),
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
  enqueueEmail(tx, {
    to: reg.email,
    lang,
    template: template as "registration-confirmed",
    props: { ...registrantEmailProps(tx, reg, event), ...extra },
    attachments: reg.status === "cancelled" || reg.status === "rejected"
      ? []
      : [{ filename: `${event.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: registrantCalendar(event, lang, confirmed) }],
  });
}

const firstEmailFor: Record<RegistrationStatus, EmailName> = {
  confirmed: "registration-confirmed",
  waiting: "registration-waiting",
  pending: "registration-pending",
  rejected: "registration-rejected",
  cancelled: "registration-cancelled",
};

export type RegisterOutcome = { outcome: "registered"; status: RegistrationStatus } | { outcome: "resent" } | { outcome: "closed" };

/**
 * Registers a person for an event. The seat count and the insert happen in one IMMEDIATE
 * transaction, so however many people submit at once, no more than capacity are confirmed.
 * A repeat (same folded address) creates nothing: it re-sends the manage link.
 */
export function registerForEvent(input: { eventId: number; email: string; lang: Lang; details: RegistrantDetails }, now = Date.now()): RegisterOutcome {
  return write((tx) => {
    const event = tx.select().from(events).where(eq(events.id, input.eventId)).get();
    if (!event || event.status !== "published") return { outcome: "closed" };
    const confirmed = confirmedCount(tx, event.id);
    const state = registrationState(event, confirmed, now).kind;
    if (state !== "open" && state !== "waiting-list") return { outcome: "closed" };

    const key = emailKey(input.email);
    const existing = tx.select().from(registrations).where(and(eq(registrations.eventId, event.id), eq(registrations.emailKey, key))).get();
    if (existing && existing.status !== "cancelled") {
      emailRegistrant(tx, "registration-link", existing, event);
      return { outcome: "resent" };
    }
    // A government's delegate, where the event asks, waits for the focal point (or the secretariat).
    const heldForFocalPoint = event.delegatesNeedFocalPoint && input.details.governmentDelegate === true;
    const status: RegistrationStatus = event.requiresApproval || heldForFocalPoint
      ? "pending"
      : event.capacity === null || confirmed < event.capacity ? "confirmed" : "waiting";
    const values = {
      ...input.details,
      eventId: event.id,
      email: input.email.trim(),
      emailKey: key,
      lang: input.lang,
      status,
      token: newToken(),
      updatedAt: now,
      confirmedAt: status === "confirmed" ? now : null,
      cancelledAt: null,
      attendedAt: null,
      reminderSentAt: null,
    };
    // A person who cancelled and comes back takes a new place: same row, new token, new time.
    const reg = existing
      ? tx.update(registrations).set({ ...values, createdAt: now }).where(eq(registrations.id, existing.id)).returning().get()
      : tx.insert(registrations).values({ ...values, createdAt: now }).returning().get();
    emailRegistrant(tx, firstEmailFor[status], reg, event);
    return { outcome: "registered", status };
  });
}

/** Fills free seats from the head of the waiting list, telling each promoted person. */
export function promoteFromWaitingList(tx: Tx, eventId: number, now = Date.now()): number {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  let free = event.capacity === null ? Number.POSITIVE_INFINITY : event.capacity - confirmedCount(tx, eventId);
  let promoted = 0;
  while (free > 0) {
    const next = tx.select().from(registrations)
      .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "waiting")))
      .orderBy(asc(registrations.id)).limit(1).get();
    if (!next) break;
    const reg = tx.update(registrations).set({ status: "confirmed", confirmedAt: now, updatedAt: now })
      .where(eq(registrations.id, next.id)).returning().get();
    emailRegistrant(tx, "registration-promoted", reg, event);
    free--;
    promoted++;
  }
  return promoted;
}

export function getRegistrationByToken(token: string) {
  if (!isTokenShaped(token)) return null;
  const row = db().select({ reg: registrations, event: events }).from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId)).where(eq(registrations.token, token)).get();
  if (!row) return null;
  const position = row.reg.status === "waiting" ? db().transaction((tx) => waitingPosition(tx, row.reg)) : null;
  return { ...row, position };
}

export function updateRegistrantDetails(token: string, details: RegistrantDetails, now = Date.now()) {
  return write((tx) =>
    tx.update(registrations).set({ ...details, updatedAt: now })
      .where(and(eq(registrations.token, token), inArray(registrations.status, ["confirmed", "waiting", "pending"]))).run().changes > 0,
  );
}

/** Cancels by the manage link; a freed seat goes to the first person waiting, in the same transaction. */
export function cancelRegistration(token: string, now = Date.now()) {
  return write((tx) => {
    const reg = tx.select().from(registrations).where(eq(registrations.token, token)).get();
    if (!reg || reg.status === "cancelled" || reg.status === "rejected") return false;
    const event = tx.select().from(events).where(eq(events.id, reg.eventId)).get()!;
    const updated = tx.update(registrations).set({ status: "cancelled", cancelledAt: now, updatedAt: now })
      .where(eq(registrations.id, reg.id)).returning().get();
    emailRegistrant(tx, "registration-cancelled", updated, event);
    if (reg.status === "confirmed") promoteFromWaitingList(tx, reg.eventId, now);
    return true;
  });
}

const HOUR = 3_600_000;

/**
 * Reminders, each sent once to confirmed registrants: an hour before an online or hybrid event,
 * with the join link; and the day before any event. Nobody is reminded by a window they registered
 * in (their confirmation has just told them everything), and whoever gets the hour's reminder does
 * not also get the day's.
 */
export function sendDueReminders(now = Date.now()): number {
  return write((tx) => {
    const confirmedBefore = (ms: number) => lte(sql`coalesce(${registrations.confirmedAt}, ${registrations.createdAt})`, sql`${events.startsAt} - ${ms}`);
    const upcoming = (within: number) => and(eq(registrations.status, "confirmed"), eq(events.status, "published"), gt(events.startsAt, now), lte(events.startsAt, now + within));
    const due = (where: SQL | undefined) => tx.select({ reg: registrations, event: events }).from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId)).where(where).limit(500).all();

    const startingSoon = due(and(upcoming(HOUR), isNull(registrations.joinReminderSentAt), inArray(events.format, ["virtual", "hybrid"]), isNotNull(events.joinUrl), confirmedBefore(HOUR)));
    for (const { reg, event } of startingSoon) {
      tx.update(registrations).set({ joinReminderSentAt: now, reminderSentAt: reg.reminderSentAt ?? now }).where(eq(registrations.id, reg.id)).run();
      emailRegistrant(tx, "registration-starting", reg, event);
    }
    const dayBefore = due(and(upcoming(24 * HOUR), isNull(registrations.reminderSentAt), confirmedBefore(24 * HOUR)));
    for (const { reg, event } of dayBefore) {
      tx.update(registrations).set({ reminderSentAt: now }).where(eq(registrations.id, reg.id)).run();
      emailRegistrant(tx, "registration-reminder", reg, event);
    }
    return startingSoon.length + dayBefore.length;
  });
}

/** Tells confirmed registrants that the date, time or join link changed (called inside the edit's transaction). */
export function notifyEventChanged(tx: Tx, eventId: number) {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return 0;
  const confirmed = tx.select().from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "confirmed"))).all();
  for (const reg of confirmed) emailRegistrant(tx, "event-changed", reg, event);
  return confirmed.length;
}
