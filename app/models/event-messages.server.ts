import { and, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { eventMessages, events, participationTypes, registrations, staffUsers, type Translated } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { languageName, pickTranslation, type Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { recordChange } from "./audit.server";
import type { MessageAudience } from "./registration-types";
import { registrantEmailProps } from "./registrant-emails.server";
import { LINE_ORDER } from "./seats.server";

export const MESSAGES_SHOWN = 20;

/** Who is in each audience, as one SQL condition on registrations. */
/** The secretariat writes only to proven addresses: nobody's words reach an inbox that never asked. */
export function audienceWhere(audience: MessageAudience, typeId?: number | null): SQL {
  return and(eq(registrations.addressProven, true), audienceOnly(audience), typeId ? eq(registrations.participationTypeId, typeId) : undefined)!;
}

function audienceOnly(audience: MessageAudience): SQL {
  switch (audience) {
    case "active":
      return inArray(registrations.status, ["confirmed", "waiting", "pending"]);
    case "attended":
      return and(eq(registrations.status, "confirmed"), isNotNull(registrations.attendedAt))!;
    default:
      return eq(registrations.status, audience);
  }
}

/** How many people each audience reaches now (one query). */
export function audienceSizes(eventId: number, typeId?: number | null): Record<MessageAudience, number> {
  const row = db()
    .select({
      confirmed: sql<number>`sum(${registrations.status} = 'confirmed')`,
      waiting: sql<number>`sum(${registrations.status} = 'waiting')`,
      pending: sql<number>`sum(${registrations.status} = 'pending')`,
      attended: sql<number>`sum(${registrations.status} = 'confirmed' and ${registrations.attendedAt} is not null)`,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.addressProven, true), typeId ? eq(registrations.participationTypeId, typeId) : undefined))
    .get();
  const n = (v: number | null | undefined) => Number(v ?? 0);
  return {
    confirmed: n(row?.confirmed),
    waiting: n(row?.waiting),
    pending: n(row?.pending),
    attended: n(row?.attended),
    active: n(row?.confirmed) + n(row?.waiting) + n(row?.pending),
  };
}

/**
 * The version of a message a registrant reads: theirs if it was written in their language,
 * otherwise the best available one (English first), said to be in that language.
 */
export function messageFor(subject: Translated, body: Translated, lang: Lang) {
  const pickedBody = pickTranslation(body, lang);
  // The subject follows the body's language, so a reader never gets a subject in one language and a text in another.
  const pickedSubject = subject[pickedBody.lang]?.trim() ? { text: subject[pickedBody.lang]! } : pickTranslation(subject, lang);
  return {
    subject: pickedSubject.text,
    body: pickedBody.text,
    writtenIn: pickedBody.isFallback ? languageName(pickedBody.lang, lang) : null,
  };
}

export type SendOutcome = { outcome: "sent"; count: number } | { outcome: "repeat" } | { outcome: "nobody" } | { outcome: "no-event" };

/**
 * Writes the secretariat's message to everyone in the audience, each in their own language, in
 * one transaction: the record of it, one outbox row per registrant and the change history. A
 * form key seen before sends nothing again.
 */
export function sendEventMessage(
  eventId: number,
  input: { audience: MessageAudience; subject: Translated; body: Translated; formKey: string; participationTypeId?: number | null },
  staffUserId: number,
  now = Date.now(),
): SendOutcome {
  return write((tx): SendOutcome => {
    const event = tx.select().from(events).where(eq(events.id, eventId)).get();
    if (!event) return { outcome: "no-event" };
    const seen = tx.select({ id: eventMessages.id }).from(eventMessages).where(eq(eventMessages.formKey, input.formKey)).get();
    if (seen) return { outcome: "repeat" };
    const typeId = input.participationTypeId ?? null;
    if (
      typeId &&
      !tx
        .select({ id: participationTypes.id })
        .from(participationTypes)
        .where(and(eq(participationTypes.id, typeId), eq(participationTypes.eventId, eventId)))
        .get()
    ) {
      return { outcome: "nobody" };
    }
    const types = new Map(
      tx
        .select()
        .from(participationTypes)
        .where(eq(participationTypes.eventId, eventId))
        .all()
        .map((t) => [t.id, t]),
    );
    const recipients = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), audienceWhere(input.audience, typeId)))
      // In each line's order: places in the waiting lists are counted as they go.
      .orderBy(...LINE_ORDER)
      .all();
    if (recipients.length === 0) return { outcome: "nobody" };
    const row = tx
      .insert(eventMessages)
      .values({
        eventId,
        formKey: input.formKey,
        audience: input.audience,
        participationTypeId: typeId,
        subject: input.subject,
        body: input.body,
        recipientCount: recipients.length,
        staffUserId,
        sentAt: now,
      })
      .returning({ id: eventMessages.id })
      .get();
    // An audience with anyone waiting has whole waiting lists (one per type), in order: places are
    // counted here, not queried per person.
    const waiting = new Map<number | null, number>();
    for (const reg of recipients) {
      const lang = reg.lang as Lang;
      const position = reg.status === "waiting" ? (waiting.get(reg.participationTypeId) ?? 0) + 1 : undefined;
      if (position) waiting.set(reg.participationTypeId, position);
      const type = reg.participationTypeId === null ? null : (types.get(reg.participationTypeId) ?? null);
      enqueueEmail(tx, {
        to: reg.email,
        lang,
        template: "event-message",
        props: { ...registrantEmailProps(tx, reg, event, position, type), ...messageFor(input.subject, input.body, lang) },
      });
    }
    recordChange(tx, {
      staffUserId,
      action: "message-sent",
      entity: "event",
      entityId: eventId,
      detail: { messageId: row.id, audience: input.audience, participationTypeId: typeId, count: recipients.length },
    });
    return { outcome: "sent", count: recipients.length };
  });
}

/** The messages sent about an event, newest first, with who sent them. */
export function sentMessages(eventId: number, limit = MESSAGES_SHOWN) {
  return db()
    .select({ message: eventMessages, sender: staffUsers.name })
    .from(eventMessages)
    .leftJoin(staffUsers, eq(staffUsers.id, eventMessages.staffUserId))
    .where(eq(eventMessages.eventId, eventId))
    .orderBy(desc(eventMessages.sentAt), desc(eventMessages.id))
    .limit(limit)
    .all();
}
