import type { TFunction } from "i18next";
import { paragraphs, type Block, type EmailContent } from "./layout";

/** What every registration email knows about the registration it speaks of. */
export type RegistrationEmailProps = {
  fullName: string;
  eventTitle: string;
  when: string;
  venue: string;
  eventUrl: string;
  manageUrl: string;
  /** Only for confirmed registrants holding an online seat. */
  joinUrl?: string | null;
  position?: number;
  status?: string;
  /** How the person takes part (the participation type's name, in their language). */
  participationType?: string;
  /** A confirmed seat in the room: the check-in code, and the content id of its QR image. */
  checkInCode?: string | null;
  checkInCid?: string | null;
  /** A government delegate's focal point may add a note to their decision. */
  focalPointNote?: string | null;
  /** Whether a calendar file goes with the email (only to someone confirmed). */
  calendarAttached?: boolean;
  /** A change notice: what changed for this registrant, with the date and venue as they were (null: unchanged, or unknown). */
  changes?: { when: string | null; venueChanged: boolean; venue: string | null; joinUrl: boolean; reinstated?: boolean };
};

function facts(t: TFunction, p: RegistrationEmailProps): Block {
  const items: [string, string][] = [
    [t("registration.event"), p.eventTitle],
    [t("registration.when"), p.when],
    [t("registration.venue"), p.venue],
  ];
  if (p.participationType) items.push([t("registration.participationType"), p.participationType]);
  if (p.status) items.push([t("registration.status"), p.status]);
  if (p.position) items.push([t("registration.position"), String(p.position)]);
  return { kind: "facts", items };
}

function join(t: TFunction, p: RegistrationEmailProps, intro = true): Block[] {
  return p.joinUrl
    ? [...(intro ? [{ kind: "p" as const, text: t("registration.joinIntro") }] : []), { kind: "button", label: t("registration.join"), url: p.joinUrl }]
    : [];
}

function checkIn(t: TFunction, p: RegistrationEmailProps): Block[] {
  return p.checkInCode && p.checkInCid
    ? [{ kind: "code", label: t("registration.checkIn"), code: p.checkInCode, cid: p.checkInCid, alt: t("registration.checkInImage", { code: p.checkInCode }) }]
    : [];
}

const manage = (t: TFunction, p: RegistrationEmailProps): Block => ({ kind: "button", label: t("registration.manage"), url: p.manageUrl });
/** After a cancellation or a refusal there is nothing left to change or cancel: the link only shows the registration. */
const view = (t: TFunction, p: RegistrationEmailProps): Block => ({ kind: "button", label: t("registration.view"), url: p.manageUrl });
const hello = (t: TFunction, p: RegistrationEmailProps) => t("registration.hello", { name: p.fullName });

/** `withJoin` "intro" when the message says how to join; "bare" when its own opening already does. */
function message(key: string, withJoin: boolean | "bare", ended = false) {
  return (t: TFunction, p: RegistrationEmailProps): EmailContent => ({
    subject: t(`${key}.subject`, { event: p.eventTitle }),
    heading: hello(t, p),
    blocks: [
      { kind: "p", text: t(`${key}.body`, { event: p.eventTitle, position: p.position ?? "" }) },
      ...(p.focalPointNote ? [{ kind: "p" as const, text: t("registration.focalPointNote", { note: p.focalPointNote }) }] : []),
      facts(t, p),
      ...checkIn(t, p),
      ...(withJoin ? join(t, p, withJoin !== "bare") : []),
      ended ? view(t, p) : manage(t, p),
      { kind: "p", text: t("registration.manageHint") },
      // Said only when the file is there: a cancelled registration gets none.
      ...(p.calendarAttached ? [{ kind: "p" as const, text: t("registration.calendarHint") }] : []),
    ],
  });
}

export const registrationConfirmed = message("registrationConfirmed", true);
export const registrationWaiting = message("registrationWaiting", false);
export const registrationPending = message("registrationPending", false);
export const registrationPendingFocalPoint = message("registrationPendingFocalPoint", false);
export const registrationPromoted = message("registrationPromoted", true);
export const registrationRejected = message("registrationRejected", false, true);
/** Declined by the government's focal point, not the secretariat: the email says who decided. */
export const registrationDeclinedByFocalPoint = message("registrationDeclinedByFocalPoint", false, true);
export const registrationCancelled = message("registrationCancelled", false, true);
export const registrationLink = message("registrationLink", true);
export const registrationReminder = message("registrationReminder", true);
// Its opening sentence asks to join with the button and not to forward the link: said once.
export const registrationStarting = message("registrationStarting", "bare");
const changedEvent = message("eventChanged", true);
/** Says what changed, and what it was, before the details as they now are. */
export const eventChanged = (t: TFunction, p: RegistrationEmailProps): EmailContent => {
  // The calendar file is spoken of once, in the line on the current details below, not again at the end.
  const content = changedEvent(t, { ...p, calendarAttached: false });
  const c = p.changes;
  const lines: Block[] = !c
    ? []
    : [
        ...(c.reinstated ? [{ kind: "p" as const, text: t("eventChanged.reinstated", { event: p.eventTitle }) }] : []),
        ...(c.when ? [{ kind: "p" as const, text: t("eventChanged.when", { when: p.when, before: c.when }) }] : []),
        ...(c.venueChanged
          ? [
              {
                kind: "p" as const,
                text: c.venue ? t("eventChanged.venue", { venue: p.venue, before: c.venue }) : t("eventChanged.venueNew", { venue: p.venue }),
              },
            ]
          : []),
        ...(c.joinUrl ? [{ kind: "p" as const, text: t("eventChanged.joinUrl") }] : []),
        // The calendar file goes only with a confirmed seat: without one, the current details alone.
        { kind: "p" as const, text: t(p.calendarAttached ? "eventChanged.current" : "eventChanged.currentNoCalendar") },
      ];
  const [opening, ...rest] = content.blocks;
  return { ...content, blocks: [opening!, ...lines, ...rest] };
};
const cancelledEvent = message("eventCancelled", false, true);
/** The event will not take place: no status, seat, code or link of a registration that no longer leads anywhere. */
export const eventCancelled = (t: TFunction, p: RegistrationEmailProps): EmailContent =>
  cancelledEvent(t, { ...p, status: undefined, position: undefined, joinUrl: null, checkInCode: null, calendarAttached: false });

/** A message the secretariat wrote to an event's registrants, framed in the registrant's language. */
export type EventMessageProps = RegistrationEmailProps & {
  subject: string;
  body: string;
  /** Set when the message was not written in the registrant's language: the language it is in, named in theirs. */
  writtenIn?: string | null;
};

export const eventMessage = (t: TFunction, p: EventMessageProps): EmailContent => ({
  subject: t("eventMessage.subject", { subject: p.subject, event: p.eventTitle }),
  heading: hello(t, p),
  blocks: [
    { kind: "p", text: t("eventMessage.intro", { event: p.eventTitle }) },
    ...(p.writtenIn ? [{ kind: "p", text: t("eventMessage.writtenIn", { language: p.writtenIn }) } as Block] : []),
    ...paragraphs(p.body),
    facts(t, p),
    ...join(t, p),
    manage(t, p),
    { kind: "p", text: t("eventMessage.why", { event: p.eventTitle }) },
  ],
});

/** To an address not yet proven: the portal's own words, the event's title and the link, nothing the registrant typed. */
export type RegistrationVerifyProps = { eventTitle: string; manageUrl: string };

export const registrationVerify = (t: TFunction, p: RegistrationVerifyProps): EmailContent => ({
  subject: t("registrationVerify.subject", { event: p.eventTitle }),
  heading: t("greeting"),
  blocks: [
    { kind: "p", text: t("registrationVerify.body", { event: p.eventTitle }) },
    { kind: "button", label: t("registrationVerify.button"), url: p.manageUrl },
    { kind: "p", text: t("registrationVerify.notYou") },
  ],
});

/** An invitation to an invitation-only participation type, with the personal link that opens its form. */
export type ParticipationInvitationProps = { name: string | null; eventTitle: string; typeName: string; when: string; url: string };

export const participationInvitation = (t: TFunction, p: ParticipationInvitationProps): EmailContent => ({
  subject: t("participationInvitation.subject", { event: p.eventTitle }),
  heading: p.name ? t("registration.hello", { name: p.name }) : t("greeting"),
  blocks: [
    { kind: "p", text: t("participationInvitation.body", { event: p.eventTitle, type: p.typeName }) },
    {
      kind: "facts",
      items: [
        [t("registration.event"), p.eventTitle],
        [t("registration.when"), p.when],
        [t("registration.participationType"), p.typeName],
      ],
    },
    { kind: "button", label: t("participationInvitation.button"), url: p.url },
    { kind: "p", text: t("participationInvitation.personal") },
  ],
});
