import { and, desc, eq } from "drizzle-orm";
import { events, participationInvitations, participationTypes } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { pickTranslation } from "~/utils/i18n";
import { mailboxKey } from "~/utils/mailbox";
import { enqueueEmail } from "~/utils/outbox.server";
import { formatEventWhen } from "~/utils/time";
import { hashToken, isTokenShaped, linkToken, unusableTokenHash } from "~/utils/tokens.server";
import { recordChange } from "./audit.server";
import type { InvitationLine } from "./invitation-list";

type Invitation = typeof participationInvitations.$inferSelect;

export const invitationUrl = (lang: string, slug: string, token: string) => `${publicOrigin()}/${lang}/events/${slug}/invitation/${token}`;

/** The invitation's token: derived from the row and the portal's secret, only its hash stored. */
function tokenFor(tx: Tx, inv: Invitation): string {
  const token = linkToken("invitation", inv.id, inv.createdAt);
  const hash = hashToken(token);
  if (inv.tokenHash !== hash) tx.update(participationInvitations).set({ tokenHash: hash }).where(eq(participationInvitations.id, inv.id)).run();
  return token;
}

export type InviteOutcome = { outcome: "sent"; count: number } | { outcome: "not-invitation-only" };

/**
 * Invites people to an invitation-only type, one outbox email each in the invitee's language, all in
 * one transaction. Inviting an address again re-sends the same link (one invitation per person and type).
 */
export function inviteToType(eventId: number, typeId: number, invitees: InvitationLine[], staffUserId: number, now = Date.now()): InviteOutcome {
  return write((tx): InviteOutcome => {
    const row = tx
      .select({ type: participationTypes, event: events })
      .from(participationTypes)
      .innerJoin(events, eq(events.id, participationTypes.eventId))
      .where(and(eq(participationTypes.id, typeId), eq(participationTypes.eventId, eventId)))
      .get();
    if (!row || !row.type.invitationOnly) return { outcome: "not-invitation-only" };
    const { type, event } = row;
    for (const person of invitees) {
      const emailKey = mailboxKey(person.email);
      const known = tx
        .select()
        .from(participationInvitations)
        .where(and(eq(participationInvitations.participationTypeId, typeId), eq(participationInvitations.emailKey, emailKey)))
        .get();
      const inv =
        known ??
        tx
          .insert(participationInvitations)
          .values({
            participationTypeId: typeId,
            email: person.email.trim(),
            emailKey,
            name: person.name,
            lang: person.lang,
            tokenHash: unusableTokenHash(),
            createdAt: now,
          })
          .returning()
          .get();
      const lang = person.lang;
      enqueueEmail(tx, {
        to: inv.email,
        lang,
        template: "participation-invitation",
        props: {
          name: inv.name,
          eventTitle: pickTranslation(event.title, lang).text,
          typeName: pickTranslation(type.name, lang).text,
          when: formatEventWhen(lang, event),
          url: invitationUrl(lang, event.slug, tokenFor(tx, inv)),
        },
      });
    }
    recordChange(tx, { staffUserId, action: "participation-invited", entity: "event", entityId: eventId, detail: { typeId, count: invitees.length } });
    return { outcome: "sent", count: invitees.length };
  });
}

/** What an invitation link opens: the invitation, its type and its event (published), or null. */
export function invitationForLink(token: string) {
  if (!isTokenShaped(token)) return null;
  const row = db()
    .select({ invitation: participationInvitations, type: participationTypes, event: events })
    .from(participationInvitations)
    .innerJoin(participationTypes, eq(participationTypes.id, participationInvitations.participationTypeId))
    .innerJoin(events, eq(events.id, participationTypes.eventId))
    .where(eq(participationInvitations.tokenHash, hashToken(token)))
    .get();
  return row && row.event.status !== "draft" ? row : null;
}

/** The invitations of an event's types, newest first, for its staff page. */
export function invitationsOfEvent(eventId: number, limit = 200) {
  return db()
    .select({ invitation: participationInvitations, typeName: participationTypes.name })
    .from(participationInvitations)
    .innerJoin(participationTypes, eq(participationTypes.id, participationInvitations.participationTypeId))
    .where(eq(participationTypes.eventId, eventId))
    .orderBy(desc(participationInvitations.createdAt), desc(participationInvitations.id))
    .limit(limit)
    .all();
}
