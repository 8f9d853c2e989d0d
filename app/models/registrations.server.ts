import { and, eq, inArray, sql } from "drizzle-orm";
import { events, focalPointDelegateDecisions, participationInvitations, registrations, type genders, type organisationTypes } from "../../db/schema";
import { writeRegistrations } from "~/utils/data-version.server";
import { db, type Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { mailboxKey } from "~/utils/mailbox";
import { mayEmailFromPublicForm } from "~/utils/outbox.server";
import { hashToken, isTokenShaped, unusableTokenHash } from "~/utils/tokens.server";
import { registrationState } from "./events.server";
import { statusOnProof, statusOnRegistering, typeAvailability } from "./participation-rules";
import { ensureParticipationTypes, type ParticipationType } from "./participation-types.server";
import { emailAddressProof, emailRegistrant, emailStatus, manageTokenFor, typeOfRegistration } from "./registrant-emails.server";
import { seatedCount, someoneWaiting, waitingPosition } from "./seats.server";
import { promoteFromWaitingList, promoteInType } from "./waiting-list.server";
import { eventById, insertRegistration, newRegistrationParams, registrationOf } from "./registration-statements.server";
import { registrationOfToken, updateRegistrationRow } from "./registration-rows.server";
import { withdrawVisaRequest } from "./visa-withdrawal.server";

// What callers imported from here before the file was split (seats, emails, the waiting list).
export { seatedCount, waitingPosition } from "./seats.server";
export { emailAddressProof, emailRegistrant, manageTokenFor, manageUrl, registrantCalendar, registrantEmailProps } from "./registrant-emails.server";
export { promoteFromWaitingList } from "./waiting-list.server";

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

/** Seats taken at one event across its types (confirmed and held): a figure for pages, not a seat rule. */
export function confirmedSeats(eventId: number): number {
  return db()
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, ["confirmed", "held"])))
    .get()!.n;
}

/** The key that decides "same person" (see mailboxKey). */
export const emailKey = mailboxKey;

export type RegisterOutcome =
  | { outcome: "registered"; status: RegistrationStatus }
  | { outcome: "resent" }
  | { outcome: "closed" }
  /** The chosen type is not one the form offers now (or none was chosen where several are). */
  | { outcome: "choose-type" }
  /** An invitation-only type without a valid invitation for this address. */
  | { outcome: "not-invited" };

type Invitation = typeof participationInvitations.$inferSelect;

/** The invitation a link's token opens, if any. */
export function invitationByToken(tx: Tx, token: string | undefined): Invitation | null {
  if (!token || !isTokenShaped(token)) return null;
  return (
    tx
      .select()
      .from(participationInvitations)
      .where(eq(participationInvitations.tokenHash, hashToken(token)))
      .get() ?? null
  );
}

/** The type a submission asks for: the one chosen, the invitation's, or the only one offered. */
function chosenType(
  types: ParticipationType[],
  input: { participationTypeId?: number },
  invitation: Invitation | null,
  now: number,
  seated: (id: number) => number,
) {
  if (invitation) return types.find((t) => t.id === invitation.participationTypeId && (input.participationTypeId ?? t.id) === t.id) ?? null;
  if (input.participationTypeId !== undefined) return types.find((t) => t.id === input.participationTypeId) ?? null;
  const offered = types.filter((t) => !t.invitationOnly && ["open", "waiting-list"].includes(typeAvailability(t, seated(t.id), now)));
  return offered.length === 1 ? offered[0]! : null;
}

/**
 * A hold counts against the sender's budget only when the registration would take one; past it, nothing is held.
 * Nor is a seat held for an address the mailbox caps kept the proof email from: nobody could prove it within the
 * hold, and it would lapse, the person's place with it. The registration waits, unseated, for its address.
 */
const holdIfAllowed = (status: "unverified" | "held" | "waiting", mayHold?: () => boolean) =>
  status === "held" && mayHold && !mayHold() ? "unverified" : status;

/**
 * Registers a person for an event in one participation type. It counts once the address is proven
 * (verifyRegistration): until then a free seat of the type is held (SEAT_HOLD_MINUTES), or the person
 * waits in the type's line, or (no seat limit, or approval first) nothing is held. An invitation proves
 * the address at once. The seat count and the insert happen in one IMMEDIATE transaction, so however
 * many people submit at once, no type seats more than its capacity. A repeat (same folded address, any
 * type) creates nothing: it re-sends the link.
 */
export function registerForEvent(
  input: {
    eventId: number;
    email: string;
    lang: Lang;
    details: RegistrantDetails;
    participationTypeId?: number;
    invitationToken?: string;
    /** Asked only when the registration would hold a seat: false where the sender's address has used its holds (mayHoldSeat). */
    mayHold?: () => boolean;
  },
  now = Date.now(),
): RegisterOutcome {
  return writeRegistrations((tx): RegisterOutcome => {
    const event = eventById().get({ id: input.eventId });
    if (!event || event.status !== "published") return { outcome: "closed" };
    if (registrationState({ ...event, capacity: null }, 0, now).kind !== "open") return { outcome: "closed" };
    const types = ensureParticipationTypes(tx, event.id);
    const invitation = invitationByToken(tx, input.invitationToken);
    if (input.invitationToken !== undefined && !invitation) return { outcome: "not-invited" };
    const key = emailKey(input.email);
    if (invitation && invitation.emailKey !== key) return { outcome: "not-invited" };
    const existing = registrationOf().get({ eventId: event.id, key });
    const live = existing && existing.status !== "cancelled" && existing.status !== "expired" ? existing : null;
    // The seat an unproven registration holds is not counted against the submission that may replace it (below).
    const holdsSeatOf = (id: number) => !!live && !live.addressProven && live.status === "held" && live.participationTypeId === id;
    const seatedFor = (id: number) => seatedCount(tx, id) - (holdsSeatOf(id) ? 1 : 0);
    const type = chosenType(types, input, invitation, now, seatedFor);
    if (!type) return { outcome: invitation ? "not-invited" : "choose-type" };
    if (type.invitationOnly && !invitation) return { outcome: "not-invited" };
    const seated = seatedFor(type.id);
    // A replacement keeps the seat its registration held in this type, whoever waits behind it.
    const keepsHold = holdsSeatOf(type.id);
    const availability = typeAvailability(type, seated, now);
    if (availability !== "open" && availability !== "waiting-list") return { outcome: "closed" };

    // With an invitation, the address it was sent to, as the invitation spells it: a "+tag" or a
    // dotted Gmail spelling typed into the form folds to the same key but may be another inbox.
    const email = invitation ? invitation.email : input.email.trim();
    // Counted for new and known addresses alike, so the work done does not tell them apart.
    const mayEmail = mayEmailFromPublicForm(tx, email, true, now);
    // A proven address is its owner's, and a repeat of the same spelling changes nothing: the link goes again.
    // An unproven one in another spelling, or met with an invitation, is replaced (details, type, invitation)
    // with a new link to the spelling typed now, the old link dead: a stranger's "jane+x@…" can neither keep
    // Jane out nor plant details she would prove. Unless the caps hold this email back: then nothing changes.
    if (live && (live.addressProven || !mayEmail || (live.email === email && !invitation))) {
      if (mayEmail) {
        if (live.addressProven) emailRegistrant(tx, "registration-link", live, event);
        else emailAddressProof(tx, live, event);
      }
      return { outcome: "resent" };
    }
    // A government's delegate, where the event asks, waits for the focal point (or the secretariat)
    // once the address is proven, as a type needing approval does.
    const heldForFocalPoint = event.delegatesNeedFocalPoint && input.details.governmentDelegate === true;
    const status: RegistrationStatus = invitation
      ? statusOnProof(type, { seated, someoneWaiting: someoneWaiting(tx, type.id), heldForFocalPoint })
      : holdIfAllowed(
          statusOnRegistering(type, seated, heldForFocalPoint, !keepsHold && type.capacity !== null && seated < type.capacity && someoneWaiting(tx, type.id)),
          mayEmail ? input.mayHold : () => false,
        );
    const values = {
      ...input.details,
      // Only where the event asks (a form posted by hand could say so anywhere, and a later switch would list them undecided).
      governmentDelegate: event.delegatesNeedFocalPoint && input.details.governmentDelegate === true,
      eventId: event.id,
      participationTypeId: type.id,
      email,
      emailKey: key,
      lang: input.lang,
      status,
      addressProven: !!invitation,
      // A replacement that keeps its hold keeps its time too: resent in another spelling every hour, a hold nobody
      // proves would otherwise never lapse, and the seat never reach the proven people in line.
      holdExpiresAt: status === "held" ? (keepsHold && live?.holdExpiresAt ? live.holdExpiresAt : now + env().SEAT_HOLD_MINUTES * 60_000) : null,
      tokenHash: unusableTokenHash(),
      updatedAt: now,
      confirmedAt: status === "confirmed" ? now : null,
      cancelledAt: null,
      attendedAt: null,
      reminderSentAt: null,
      joinReminderSentAt: null,
    };
    // A person who cancelled (or let a hold lapse) and comes back, or a submission replacing an unproven one, takes a
    // new place: same row, new link, new time, and no focal point's earlier word on it (perhaps another Member State).
    if (existing) tx.delete(focalPointDelegateDecisions).where(eq(focalPointDelegateDecisions.registrationId, existing.id)).run();
    const reg = existing
      ? tx
          .update(registrations)
          .set({ ...values, createdAt: now })
          .where(eq(registrations.id, existing.id))
          .returning()
          .get()
      : insertRegistration().get(newRegistrationParams({ ...values, createdAt: now }));
    // A replaced registration that held a seat of another type frees it for the head of that type's line.
    if (live && (live.status === "held" || live.status === "confirmed") && live.participationTypeId !== type.id && live.participationTypeId !== null) {
      promoteInType(tx, event, live.participationTypeId, now);
    }
    if (invitation) {
      tx.update(participationInvitations).set({ usedAt: now }).where(eq(participationInvitations.id, invitation.id)).run();
      // The invitation went to this address: it is proven, and the full email goes at once.
      emailStatus(tx, reg, event, now);
    } else if (mayEmail) emailAddressProof(tx, reg, event);
    else manageTokenFor(tx, reg);
    return { outcome: "registered", status };
  });
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
  return db().transaction((tx) => ({
    ...row,
    position: row.reg.status === "waiting" ? waitingPosition(tx, row.reg) : null,
    type: typeOfRegistration(tx, row.reg),
  }));
}

/** Cancels by the manage link, until the event ends; a freed seat goes to the first person waiting in that type, in the same transaction. */
export function cancelRegistration(token: string, now = Date.now()): "cancelled" | "unchanged" | "ended" {
  return writeRegistrations((tx) => {
    const reg = registrationOfToken(tx, token);
    if (!reg || reg.status === "cancelled" || reg.status === "rejected" || reg.status === "expired") return "unchanged";
    const event = tx.select().from(events).where(eq(events.id, reg.eventId)).get()!;
    // Once the event has ended there is nothing to cancel: the page offers no button, and a seat freed
    // then would promote someone waiting to an event already over (and keep a certificate beside a cancellation).
    if (event.endsAt <= now) return "ended";
    const updated = updateRegistrationRow(tx, reg.id, { status: "cancelled", cancelledAt: now }, now)!;
    withdrawVisaRequest(tx, reg.id);
    // One who never proved the address gets nothing more: what they typed goes to no inbox.
    if (reg.addressProven) emailRegistrant(tx, "registration-cancelled", updated, event);
    if (reg.status === "confirmed" || reg.status === "held") promoteFromWaitingList(tx, reg.eventId, now);
    return "cancelled";
  });
}
