import { and, eq, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import { organisations, partnerUsers } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { unseenByReaders } from "~/utils/data-version.server";
import { publicOrigin } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueueEmail, mayEmailFromPublicForm } from "~/utils/outbox.server";
import { hashToken, isTokenShaped, newToken } from "~/utils/tokens.server";
import type { organisationTypes } from "./registration-types";

/** How long the link that confirms a join request lasts, as an endorsement's does. */
export const JOIN_CONFIRM_TTL_MS = 48 * 3_600_000;
export const foldEmail = (email: string) => email.trim().toLowerCase();

export type JoinRequest = {
  organisation: string;
  type: (typeof organisationTypes)[number];
  country: string;
  website: string | null;
  motivation: string | null;
  name: string;
  email: string;
};

/**
 * An organisation answers the call to join. The request waits for its contact to open the link
 * emailed to the address given; only then does the secretariat see it. Until then it holds no
 * address: a new request with the same address replaces it (its link dies; the address's owner
 * gets the new one; past the email caps nothing changes), and a lapsed one is removed by the
 * retention schedule. A repeat request from an address already before the secretariat, or a
 * partner's, creates nothing and reveals nothing.
 * `token` is what the email carries (for tests; the route ignores it).
 */
export function requestPartnership(input: JoinRequest, lang: Lang, now = Date.now()) {
  // No public page shows a request (only accepted organisations): anyone may send this form, and it
  // must not throw away every kept page (data-version.server.ts).
  return unseenByReaders(() => requestPartnershipWrite(input, lang, now));
}

function requestPartnershipWrite(input: JoinRequest, lang: Lang, now: number) {
  return write((tx) => {
    const email = foldEmail(input.email);
    const person = tx
      .select({ id: partnerUsers.id, orgId: organisations.id, status: organisations.status, confirmedAt: organisations.confirmedAt })
      .from(partnerUsers)
      .innerJoin(organisations, eq(organisations.id, partnerUsers.organisationId))
      .where(eq(partnerUsers.email, email))
      .get();
    // A declined request does not hold the address either: someone may have named it without its
    // owner, who may then ask themselves. The declined request stays, without them.
    if (person?.status === "declined") tx.delete(partnerUsers).where(eq(partnerUsers.id, person.id)).run();
    const unconfirmed = person?.status === "requested" && person.confirmedAt === null;
    const known = Boolean(person && person.status !== "declined" && !unconfirmed);
    // Written for known and new addresses alike, so the work done does not tell them apart.
    const mayEmail = mayEmailFromPublicForm(tx, email, !known, now);
    if (known) return { created: false, token: null };
    // Past the caps no new link goes: the pending request stays, so a stranger asking again and again
    // cannot kill the link its owner has (as a registration stays when the caps hold its email).
    if (unconfirmed && !mayEmail) return { created: false, token: null };
    if (unconfirmed) tx.delete(organisations).where(eq(organisations.id, person.orgId)).run();
    const token = newToken();
    const org = tx
      .insert(organisations)
      .values({
        name: input.organisation,
        type: input.type,
        country: input.country,
        website: input.website,
        motivation: input.motivation,
        lang,
        createdAt: now,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: now + JOIN_CONFIRM_TTL_MS,
      })
      .returning({ id: organisations.id })
      .get();
    tx.insert(partnerUsers).values({ organisationId: org.id, name: input.name, email, lang, createdAt: now }).run();
    if (mayEmail) {
      // The address has not proven itself: the email carries the portal's own words and the link, never what was typed.
      enqueueEmail(tx, { to: email, lang, template: "partner-request-confirm", props: { url: `${publicOrigin()}/${lang}/partners/join/${token}` } });
    }
    return { created: true, token };
  });
}

/** A request before the secretariat: asked, and confirmed by its contact (the list and the dashboard's count). */
export const beforeTheSecretariat = () => and(eq(organisations.status, "requested"), isNotNull(organisations.confirmedAt));

export type JoinConfirmState = "ready" | "confirmed" | "already" | "expired" | "unknown";

/** What the link stands for now, read without changing anything (the page shows a button). */
export function joinConfirmState(token: string, now = Date.now()): Exclude<JoinConfirmState, "confirmed"> {
  if (!isTokenShaped(token)) return "unknown";
  const org = db()
    .select({ status: organisations.status, confirmedAt: organisations.confirmedAt, expiresAt: organisations.confirmExpiresAt })
    .from(organisations)
    .where(eq(organisations.confirmTokenHash, hashToken(token)))
    .get();
  if (!org) return "unknown";
  if (org.confirmedAt !== null || org.status !== "requested") return "already";
  return (org.expiresAt ?? 0) <= now ? "expired" : "ready";
}

/**
 * What the button would confirm, for the link's holder to check: the organisation and the name given. A
 * stranger's request under the same address replaces the owner's and sends the same email, so the owner
 * must see which request they confirm. Shown only to the holder, on the page; never in an email.
 */
export function pendingJoinRequest(token: string, now = Date.now()) {
  if (joinConfirmState(token, now) !== "ready") return null;
  return (
    db()
      .select({ organisation: organisations.name, name: partnerUsers.name })
      .from(organisations)
      .innerJoin(partnerUsers, eq(partnerUsers.organisationId, organisations.id))
      .where(eq(organisations.confirmTokenHash, hashToken(token)))
      .get() ?? null
  );
}

/** The contact confirms by the button: the request goes before the secretariat. Twice is "already". */
export function confirmPartnershipRequest(token: string, now = Date.now()): Exclude<JoinConfirmState, "ready"> {
  const state = joinConfirmState(token, now);
  if (state !== "ready") return state;
  const done = unseenByReaders(() =>
    write((tx) =>
      tx
        .update(organisations)
        .set({ confirmedAt: now })
        .where(and(eq(organisations.confirmTokenHash, hashToken(token)), isNull(organisations.confirmedAt), eq(organisations.status, "requested")))
        .run(),
    ),
  );
  return done.changes > 0 ? "confirmed" : "already";
}

/** Requests whose link lapsed unopened: gone with their contact (retention schedule). */
export function dropUnconfirmedRequests(tx: Tx, now: number) {
  const lapsed = tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.status, "requested"), isNull(organisations.confirmedAt), lt(organisations.confirmExpiresAt, now)))
    .all()
    .map((o) => o.id);
  if (lapsed.length) tx.delete(organisations).where(inArray(organisations.id, lapsed)).run();
  return lapsed.length;
}
