import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { auditLog, events, registrations, staffUsers, visaLetterRequests } from "../../db/schema";
import { visaLetterPdf } from "../../documents/visa-letter";
import { countryName } from "~/utils/country-options";
import { db, write, type Tx } from "~/utils/db.server";
import { formatCalendarDate, formatDate, formatDayRange } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { recordChange } from "./audit.server";
import { getRegistrationByToken, manageTokenFor, manageUrl } from "./registrations.server";
import { seatModeOf } from "./seat-mode.server";
import type { PassportFields, VisaLetterLang, VisaLetterStatus } from "./visa-letter-types";
import { fullName } from "~/utils/person-name";

type EventRow = typeof events.$inferSelect;
type RegistrationRow = typeof registrations.$inferSelect;
export type PassportDetails = PassportFields & { letterLang: VisaLetterLang };

export const VISA_QUEUE_PER_PAGE = 50;
/** Passport details are kept this long after the event ends, then deleted (retention). */
export const VISA_DETAILS_DAYS_AFTER_EVENT = 30;

/** The letter's language the registrant is offered first: French for a French page, English otherwise. */
export const defaultLetterLang = (lang: string): VisaLetterLang => (lang === "fr" ? "fr" : "en");

/**
 * Who may ask: a confirmed registrant taking part in the room, before the event ends, while the event
 * is published (a cancelled or withdrawn event keeps its registrations, but invites nobody to travel).
 */
export function mayRequestVisaLetter(reg: Pick<RegistrationRow, "id" | "status">, event: Pick<EventRow, "endsAt" | "status">, now = Date.now()) {
  return reg.status === "confirmed" && event.status === "published" && event.endsAt > now && seatModeOf(reg.id) === "in-person";
}

/** What the registrant's own page shows: never the passport details themselves. */
export function visaLetterStateOf(registrationId: number): { status: VisaLetterStatus; reason: string | null } | null {
  const row = db()
    .select({ status: visaLetterRequests.status, reason: visaLetterRequests.refusalReason })
    .from(visaLetterRequests)
    .where(eq(visaLetterRequests.registrationId, registrationId))
    .get();
  return row ?? null;
}

export type RequestOutcome = "requested" | "already" | "not-eligible" | "not-found";

export function requestVisaLetter(token: string, details: PassportDetails, now = Date.now()): RequestOutcome {
  const found = getRegistrationByToken(token);
  if (!found) return "not-found";
  const { reg, event } = found;
  if (!mayRequestVisaLetter(reg, event, now)) return "not-eligible";
  return write((tx) => {
    const inserted = tx
      .insert(visaLetterRequests)
      .values({
        ...details,
        passportNumber: details.passportNumber.toUpperCase(),
        registrationId: reg.id,
        eventId: event.id,
        status: "requested",
        requestedAt: now,
      })
      .onConflictDoNothing()
      .run().changes;
    return inserted ? "requested" : "already";
  });
}

/** The secretariat's queue: waiting requests first, oldest first; decided ones after them. */
export function visaQueue(status: VisaLetterStatus, page: number) {
  const where = eq(visaLetterRequests.status, status);
  const total = db()
    .select({ n: sql<number>`count(*)` })
    .from(visaLetterRequests)
    .where(where)
    .get()!.n;
  const items = db()
    // The name the person registered under, beside the passport's: one registration is not a letter for someone else.
    .select({
      v: visaLetterRequests,
      email: registrations.email,
      firstName: registrations.firstName,
      lastName: registrations.lastName,
      eventTitle: events.title,
      eventId: events.id,
      // Who decided, as the secretariat's pages name a colleague (null once their account is gone).
      decidedByName: staffUsers.name,
    })
    .from(visaLetterRequests)
    .innerJoin(registrations, eq(registrations.id, visaLetterRequests.registrationId))
    .innerJoin(events, eq(events.id, visaLetterRequests.eventId))
    .leftJoin(staffUsers, eq(staffUsers.id, visaLetterRequests.decidedBy))
    .where(where)
    .orderBy(status === "requested" ? asc(visaLetterRequests.requestedAt) : desc(visaLetterRequests.decidedAt), asc(visaLetterRequests.id))
    .limit(VISA_QUEUE_PER_PAGE)
    .offset((page - 1) * VISA_QUEUE_PER_PAGE)
    .all();
  return { items, total, pages: Math.max(1, Math.ceil(total / VISA_QUEUE_PER_PAGE)) };
}

function withStatus(id: number, status: VisaLetterStatus) {
  const row = db()
    .select({ v: visaLetterRequests, reg: registrations, event: events })
    .from(visaLetterRequests)
    .innerJoin(registrations, eq(registrations.id, visaLetterRequests.registrationId))
    .innerJoin(events, eq(events.id, visaLetterRequests.eventId))
    .where(and(eq(visaLetterRequests.id, id), eq(visaLetterRequests.status, status)))
    .get();
  return row ?? null;
}

/** Marks the decision if the request still waits (a second press, or a colleague's, finds it decided). */
function decide(tx: Tx, id: number, status: "approved" | "refused", staffUserId: number, now: number, reason: string | null) {
  return (
    tx
      .update(visaLetterRequests)
      .set({ status, decidedAt: now, decidedBy: staffUserId, refusalReason: reason })
      .where(and(eq(visaLetterRequests.id, id), eq(visaLetterRequests.status, "requested")))
      .run().changes === 1
  );
}

const emailProps = (tx: Tx, reg: RegistrationRow, event: EventRow) => {
  const lang = reg.lang as Lang;
  return {
    fullName: fullName(reg.firstName, reg.lastName),
    eventTitle: pickTranslation(event.title, lang).text,
    manageUrl: manageUrl(lang, manageTokenFor(tx, reg)),
  };
};

export type ApproveOutcome = "approved" | "decided" | "not-eligible";

/**
 * Approves a request: the letter (English or French, as asked) is written first, then stored decision
 * and email go together. Only while the person still may ask (a confirmed seat in the room, before the
 * event ends): one who cancelled, was moved online or was turned away after asking gets no letter.
 */
export async function approveVisaLetter(id: number, staffUserId: number, now = Date.now()): Promise<ApproveOutcome> {
  const row = withStatus(id, "requested");
  if (!row) return "decided";
  const { v, reg, event } = row;
  if (!mayRequestVisaLetter(reg, event, now)) return "not-eligible";
  const pdf = await letterOf(v, event, now);
  return write((tx): ApproveOutcome => {
    const still = stillMayAsk(tx, reg.id, event, now);
    if (!still) return "not-eligible";
    if (!decide(tx, id, "approved", staffUserId, now, null)) return "decided";
    sendLetter(tx, still, event, pdf);
    recordChange(tx, { staffUserId, action: "visa-letter-approved", entity: "visa-letter", entityId: id });
    return "approved";
  });
}

export type ResendOutcome = "sent" | "sent-just-now" | "not-approved" | "not-eligible";
/** A second press of "Send again" within this time (a double click, a form sent twice) sends nothing more. */
const RESEND_GAP_MS = 60_000;

/**
 * Sends an approved letter again (it did not arrive, or was lost): the same letter, dated the day it
 * was approved, to the registration's address. Only while the person still may ask, as for approval.
 */
export async function resendVisaLetter(id: number, staffUserId: number, now = Date.now()): Promise<ResendOutcome> {
  const row = withStatus(id, "approved");
  if (!row) return "not-approved";
  const { v, reg, event } = row;
  if (!mayRequestVisaLetter(reg, event, now)) return "not-eligible";
  const pdf = await letterOf(v, event, v.decidedAt ?? now);
  return write((tx): ResendOutcome => {
    const still = stillMayAsk(tx, reg.id, event, now);
    if (!still) return "not-eligible";
    if (lastResentAt(tx, id) > now - RESEND_GAP_MS) return "sent-just-now";
    sendLetter(tx, still, event, pdf);
    recordChange(tx, { staffUserId, action: "visa-letter-resent", entity: "visa-letter", entityId: id });
    return "sent";
  });
}

/** When the letter was last sent again (0: never). */
function lastResentAt(tx: Tx, id: number) {
  const resent = tx
    .select({ at: sql<number>`max(${auditLog.at})` })
    .from(auditLog)
    .where(and(eq(auditLog.action, "visa-letter-resent"), eq(auditLog.entity, "visa-letter"), eq(auditLog.entityId, String(id))))
    .get()?.at;
  return resent ?? 0;
}

/**
 * The registration read again in the transaction, if its person still may ask: it may have changed
 * while the letter was written. The letter goes to its address as it is now.
 */
function stillMayAsk(tx: Tx, registrationId: number, event: EventRow, now: number) {
  const still = tx.select().from(registrations).where(eq(registrations.id, registrationId)).get();
  return still && mayRequestVisaLetter(still, event, now) ? still : null;
}

/** The letter itself, in the language asked for, dated `on`. */
function letterOf(v: typeof visaLetterRequests.$inferSelect, event: EventRow, on: number) {
  const l = v.letterLang;
  return visaLetterPdf({
    lang: l,
    date: formatDate(l, on, event.timeZone),
    fullName: v.fullName,
    nationality: countryName(l, v.nationality),
    dateOfBirth: formatCalendarDate(l, v.dateOfBirth),
    passportNumber: v.passportNumber,
    passportIssuedOn: formatCalendarDate(l, v.passportIssuedOn),
    passportExpiresOn: formatCalendarDate(l, v.passportExpiresOn),
    placeOfApplication: v.placeOfApplication,
    eventTitle: pickTranslation(event.title, l).text,
    dates: formatDayRange(l, event.startsAt, event.endsAt, event.timeZone),
    venue: pickTranslation(event.venue, l).text,
  });
}

const toRegistrant = (reg: RegistrationRow) => ({ to: reg.email, lang: reg.lang as Lang, registrationId: reg.id }); // its erasure or withdrawal takes the email

function sendLetter(tx: Tx, reg: RegistrationRow, event: EventRow, pdf: Buffer) {
  enqueueEmail(tx, {
    ...toRegistrant(reg),
    template: "visa-letter-approved",
    props: emailProps(tx, reg, event),
    attachments: [{ filename: `visa-support-letter-${event.slug}.pdf`, contentType: "application/pdf", content: pdf.toString("base64"), encoding: "base64" }],
  });
}

export function refuseVisaLetter(id: number, staffUserId: number, reason: string | null, now = Date.now()): boolean {
  const row = withStatus(id, "requested");
  if (!row) return false;
  const { reg, event } = row;
  return write((tx) => {
    if (!decide(tx, id, "refused", staffUserId, now, reason)) return false;
    enqueueEmail(tx, { ...toRegistrant(reg), template: "visa-letter-refused", props: { ...emailProps(tx, reg, event), reason } });
    recordChange(tx, { staffUserId, action: "visa-letter-refused", entity: "visa-letter", entityId: id });
    return true;
  });
}

/** Retention: passport details of events that ended before the cut-off. */
export function deleteVisaLettersOfEventsEndedBefore(tx: Tx, endedBefore: number): number {
  const ids = tx
    .select({ id: visaLetterRequests.id })
    .from(visaLetterRequests)
    .innerJoin(events, eq(events.id, visaLetterRequests.eventId))
    .where(lt(events.endsAt, endedBefore))
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return 0;
  return tx.delete(visaLetterRequests).where(inArray(visaLetterRequests.id, ids)).run().changes;
}
