import { and, asc, eq, inArray } from "drizzle-orm";
import { organisations, partnerSessions, partnerSignInTokens, partnerUsers } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueueEmail, mayEmailFromPublicForm } from "~/utils/outbox.server";
import { recordChange } from "./audit.server";
import { issueSignInLink, signInLinkStateOf, SIGN_IN_LINK_TTL_MS, useSignInLink, type LinkState, type SignInLinks } from "./sign-in-links.server";
import { hashToken, newToken } from "~/utils/tokens.server";
import { unseenByReaders } from "~/utils/data-version.server";

export { SIGN_IN_LINK_TTL_MS as SIGN_IN_TTL_MS } from "./sign-in-links.server";
/** The link in the acceptance email: the person may read it days later, so it lasts as a staff invitation does. */
export const ACCEPTANCE_LINK_TTL_MS = 7 * 24 * 3_600_000;
export const PARTNER_SESSION_MS = 30 * 24 * 3_600_000;
export { foldEmail, type JoinRequest } from "./partner-requests.server";
import { beforeTheSecretariat, foldEmail } from "./partner-requests.server";

function emailPartner(
  tx: Tx,
  template: "partner-accepted" | "partner-declined" | "partner-sign-in",
  to: { email: string; name: string; lang: string },
  props: { organisation: string; url: string },
) {
  enqueueEmail(tx, { to: to.email, lang: to.lang as Lang, template, props: { name: to.name, ...props } });
}

export function partnershipRequests(status: "requested" | "accepted" | "declined" | "suspended") {
  return (
    db()
      .select({ org: organisations, contact: partnerUsers })
      .from(organisations)
      .innerJoin(partnerUsers, eq(partnerUsers.organisationId, organisations.id))
      // A request is before the secretariat once its contact has confirmed it (partner-requests.server.ts).
      .where(status === "requested" ? beforeTheSecretariat() : eq(organisations.status, status))
      .orderBy(asc(organisations.createdAt))
      .all()
  );
}

/** The secretariat accepts or declines; the organisation's people are told by email. */
export function decidePartnership(orgId: number, decision: "accepted" | "declined", staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const org = tx
      .update(organisations)
      .set({ status: decision, decidedAt: now, decidedBy: staffUserId })
      .where(and(eq(organisations.id, orgId), beforeTheSecretariat()))
      .returning()
      .get();
    if (!org) return false;
    for (const user of tx.select().from(partnerUsers).where(eq(partnerUsers.organisationId, orgId)).all()) {
      // Accepted: the email itself signs the person in, by a single-use link like those asked for
      // on the sign-in page (only its hash is kept), so nobody has to ask for a second email.
      const url =
        decision === "accepted"
          ? `${publicOrigin()}/${user.lang}/partners/sign-in/${issueSignInLink(tx, partnerLinks, user.id, now, ACCEPTANCE_LINK_TTL_MS)}`
          : `${publicOrigin()}/${user.lang}/partners/sign-in`;
      emailPartner(tx, decision === "accepted" ? "partner-accepted" : "partner-declined", user, { organisation: org.name, url });
    }
    recordChange(tx, { staffUserId, action: decision, entity: "organisation", entityId: orgId });
    return true;
  });
}

/**
 * Sends a single-use sign-in link to a person of an accepted organisation. Unknown addresses get
 * nothing, and the screen says the same either way.
 */
export function sendSignInLink(email: string, lang: Lang, now = Date.now(), next?: string) {
  return unseenByReaders(() =>
    write((tx) => {
      // Written whether the address is known or not, and unseen by the kept pages either way: no
      // kept page dropped or not tells a visitor which addresses have accounts.
      const row = tx
        .select({ user: partnerUsers, org: organisations })
        .from(partnerUsers)
        .innerJoin(organisations, eq(organisations.id, partnerUsers.organisationId))
        .where(and(eq(partnerUsers.email, foldEmail(email)), eq(organisations.status, "accepted")))
        .get();
      if (!mayEmailFromPublicForm(tx, email, Boolean(row), now, SIGN_IN_LINK_TTL_MS) || !row) return false;
      const token = issueSignInLink(tx, partnerLinks, row.user.id, now);
      emailPartner(
        tx,
        "partner-sign-in",
        { ...row.user, lang },
        { organisation: row.org.name, url: `${publicOrigin()}/${lang}/partners/sign-in/${token}${next ? `?next=${encodeURIComponent(next)}` : ""}` },
      );
      return true;
    }),
  );
}

export type { LinkState };
export const partnerLinks: SignInLinks = { table: partnerSignInTokens, owner: partnerSignInTokens.userId, ownerKey: "userId" };

export const signInLinkState = (token: string, now = Date.now()) => signInLinkStateOf(partnerLinks, token, now);

/** Uses the link once and opens a session; returns the session token for the cookie. */
export function redeemSignInLink(token: string, now = Date.now()): { ok: true; session: string } | { ok: false; state: LinkState } {
  return write((tx) => {
    const used = useSignInLink(tx, partnerLinks, token, now);
    if (!used.ok) return used;
    const session = newToken();
    tx.insert(partnerSessions)
      .values({ idHash: hashToken(session), userId: used.ownerId, createdAt: now, lastSeenAt: now, expiresAt: now + PARTNER_SESSION_MS })
      .run();
    return { ok: true as const, session };
  });
}

export type PartnerPerson = typeof partnerUsers.$inferSelect;

/** The people of several organisations in one query, by organisation: for batches of emails (the reminders). */
export function peopleOfOrganisations(tx: Tx, organisationIds: number[]) {
  const byOrg = new Map<number, PartnerPerson[]>();
  if (organisationIds.length === 0) return byOrg;
  for (const user of tx.select().from(partnerUsers).where(inArray(partnerUsers.organisationId, organisationIds)).orderBy(asc(partnerUsers.id)).all()) {
    byOrg.set(user.organisationId, [...(byOrg.get(user.organisationId) ?? []), user]);
  }
  return byOrg;
}

export function partnerForSession(session: string, now = Date.now()) {
  const row = db()
    .select({ user: partnerUsers, org: organisations, s: partnerSessions })
    .from(partnerSessions)
    .innerJoin(partnerUsers, eq(partnerUsers.id, partnerSessions.userId))
    .innerJoin(organisations, eq(organisations.id, partnerUsers.organisationId))
    .where(eq(partnerSessions.idHash, hashToken(session)))
    .get();
  if (!row || row.s.expiresAt <= now || row.org.status !== "accepted") return null;
  return { user: row.user, org: row.org };
}

export function endPartnerSession(session: string) {
  write((tx) =>
    tx
      .delete(partnerSessions)
      .where(eq(partnerSessions.idHash, hashToken(session)))
      .run(),
  );
}

/**
 * The organisation keeps its own type, country and website; a new name waits for the secretariat
 * (partner-oversight.server.ts), and the public keeps the accepted one until then.
 */
/**
 * What a partner may change of its organisation: its website at once, its name through the
 * secretariat's acceptance. Its type and country are as the secretariat accepted them: they place
 * the organisation on a Member State's page (a "Member State administration" of another country
 * would speak for that government), so only the secretariat changes them.
 */
export function updateOrganisationProfile(orgId: number, profile: { name: string; website: string | null }) {
  return write((tx) => {
    const org = tx.select().from(organisations).where(eq(organisations.id, orgId)).get();
    if (!org) return { saved: false, renamePending: false };
    const { name, ...rest } = profile;
    const proposedName = name === org.name ? null : name;
    tx.update(organisations)
      .set({ ...rest, proposedName })
      .where(eq(organisations.id, orgId))
      .run();
    return { saved: true, renamePending: proposedName !== null };
  });
}
