import { eq, sql } from "drizzle-orm";
import { participationTypes, registrations, type events } from "../../db/schema";
import type { Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { buildCalendar } from "~/utils/ical";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { enqueueEmail } from "~/utils/outbox.server";
import { prepared } from "~/utils/prepared.server";
import { formatEventWhen } from "~/utils/time";
import { hashToken, linkToken } from "~/utils/tokens.server";
import { waitingPosition } from "./seats.server";
import { checkInForEmail } from "./check-in-email.server";
import { awaitsFocalPoint, emailFocalPointsOfDelegate, statusEmail } from "./focal-point-wait.server";
import { fullName } from "~/utils/person-name";
import type { RegistrationEmailProps } from "../../emails/registration";

type EventRow = typeof events.$inferSelect;
type RegistrationRow = typeof registrations.$inferSelect;
type TypeRow = typeof participationTypes.$inferSelect;
type EmailName = Parameters<typeof enqueueEmail>[1]["template"];

export const manageUrl = (lang: string, token: string) => `${publicOrigin()}/${lang}/registrations/${token}`;

/**
 * The manage link's token for an email. Only its hash is stored; a row written before tokens were
 * hashed is given the derived one here, so the newest email's link always opens it.
 */
export function manageTokenFor(tx: Tx, reg: Pick<RegistrationRow, "id" | "createdAt" | "tokenHash">): string {
  const token = linkToken("registration", reg.id, reg.createdAt);
  const hash = hashToken(token);
  void tx; // a prepared statement, run inside the caller's transaction
  if (reg.tokenHash !== hash) setTokenHash().run({ hash, id: reg.id });
  return token;
}
const setTokenHash = prepared((d) =>
  d
    .update(registrations)
    .set({ tokenHash: sql`${sql.placeholder("hash")}` })
    .where(eq(registrations.id, sql.placeholder("id")))
    .prepare(),
);

/** The participation type of a registration (null for a row from before types). */
export function typeOfRegistration(tx: Tx, reg: Pick<RegistrationRow, "participationTypeId">): TypeRow | null {
  if (reg.participationTypeId === null) return null;
  return tx.select().from(participationTypes).where(eq(participationTypes.id, reg.participationTypeId)).get() ?? null;
}

/**
 * The join link goes only to a confirmed registrant holding an online seat (decision 013). A row from
 * before types follows its event's format, as it did then.
 */
export function mayJoinOnline(reg: Pick<RegistrationRow, "status">, type: Pick<TypeRow, "mode"> | null, event: Pick<EventRow, "format" | "status">) {
  // A cancelled event has no meeting to join: its link is no longer handed out.
  if (event.status === "cancelled") return false;
  return reg.status === "confirmed" && (type ? type.mode === "online" : event.format !== "in-person");
}

/** The calendar file a registrant receives: with the join link only when they hold an online seat. */
export function registrantCalendar(event: EventRow, lang: Lang, withJoin: boolean) {
  const url = `${publicOrigin()}/${lang}/events/${event.slug}`;
  // The join line and the calendar's name in the reader's language and punctuation (French « : »,
  // Chinese "："), and the initiative's name where the Latin wordmark would be English left in the text.
  const join = withJoin && event.joinUrl ? `\n\n${getT(lang, "email")("registration.calendarJoin", { url: event.joinUrl })}` : "";
  return buildCalendar({
    name: getT(lang)("brand.siteTitle"),
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
 * caller writing to a whole list passes each place (and each type) instead of querying it.
 */
export function registrantEmailProps(
  tx: Tx,
  reg: RegistrationRow,
  event: EventRow,
  position: number | undefined = reg.status === "waiting" ? waitingPosition(tx, reg) : undefined,
  type: TypeRow | null = typeOfRegistration(tx, reg),
) {
  const lang = reg.lang as Lang;
  const t = getT(lang, "common");
  return {
    // Letters greet the full name, never the first name alone (the register of UN correspondence).
    fullName: fullName(reg.firstName, reg.lastName),
    eventTitle: pickTranslation(event.title, lang).text,
    when: formatEventWhen(lang, event),
    venue: pickTranslation(event.venue, lang).text,
    eventUrl: `${publicOrigin()}/${lang}/events/${event.slug}`,
    manageUrl: manageUrl(lang, manageTokenFor(tx, reg)),
    joinUrl: mayJoinOnline(reg, type, event) ? event.joinUrl : null,
    position,
    // A letter's own wording: Russian letters capitalise «Вашего», as the web page does not.
    status: awaitsFocalPoint(reg, event, tx) ? getT(lang, "email")("registrationPendingFocalPoint.status") : t(`registrationStatus.${reg.status}`),
    participationType: type ? pickTranslation(type.name, lang).text : undefined,
  };
}

/** Writes one registration email into the outbox, in the registrant's language. */
export function emailRegistrant(
  tx: Tx,
  template: EmailName,
  reg: RegistrationRow,
  event: EventRow,
  extra: {
    focalPointNote?: string | null;
    /** Passed by a caller writing to a list, which read the types once. */
    type?: TypeRow | null;
    changes?: RegistrationEmailProps["changes"];
  } = {},
) {
  const lang = reg.lang as Lang;
  const { type, ...more } = extra;
  // A confirmed seat in the room: the check-in code and its QR image (check-in-email.server).
  const checkIn = checkInForEmail(tx, template, reg, event);
  // Only a granted seat puts a date into a calendar: not a place on the waiting list, nor a registration
  // still awaiting approval (the secretariat's or a focal point's), which may yet be declined.
  const calendarAttached = reg.status === "confirmed";
  const props = {
    ...registrantEmailProps(tx, reg, event, undefined, type === undefined ? typeOfRegistration(tx, reg) : type),
    ...checkIn.props,
    ...more,
    calendarAttached,
  };
  enqueueEmail(tx, {
    to: reg.email,
    lang,
    template: template as "registration-confirmed",
    props,
    registrationId: reg.id,
    attachments: [
      ...(!calendarAttached
        ? []
        : [
            {
              filename: `${event.slug}.ics`,
              contentType: "text/calendar; charset=utf-8; method=PUBLISH",
              content: registrantCalendar(event, lang, !!props.joinUrl),
            },
          ]),
      ...checkIn.attachments,
    ],
  });
}

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
    registrationId: reg.id,
    props: { eventTitle: pickTranslation(event.title, lang).text, manageUrl: manageUrl(lang, manageTokenFor(tx, reg)) },
  });
}

/**
 * Tells a registrant where they now stand (statusEmail) and, when they wait for their government's
 * focal point, tells that focal point too: after a proof, an invitation or a change of type.
 */
export function emailStatus(tx: Tx, reg: RegistrationRow, event: EventRow, now: number, extra: { type?: TypeRow | null } = {}) {
  const template = statusEmail(reg, event, tx);
  emailRegistrant(tx, template, reg, event, extra);
  if (template === "registration-pending-focal-point") emailFocalPointsOfDelegate(tx, reg, event, now);
}
