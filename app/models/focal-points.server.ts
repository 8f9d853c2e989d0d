import { and, asc, eq, ne } from "drizzle-orm";
import { focalPointSessions, focalPointSignInTokens, focalPoints } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueueEmail, mayEmailFromPublicForm } from "~/utils/outbox.server";
import { countryName } from "~/utils/country-options";
import { hashToken, newToken } from "~/utils/tokens.server";
import { recordChange } from "./audit.server";
import { endorsementsWaitingFor, focalPointWaitEnds, lastDayOfWait } from "./focal-point-wait.server";
import { formatDate } from "~/utils/format";
import { issueSignInLink, signInLinkStateOf, SIGN_IN_LINK_TTL_MS, useSignInLink, type LinkState, type SignInLinks } from "./sign-in-links.server";
import { statusOf } from "~/utils/countries";
import { unseenByReaders } from "~/utils/data-version.server";

/** As partners (sign-in-links.server): a link valid 15 minutes, used once; a session kept on the server. */
export const FOCAL_POINT_LINK_TTL_MS = SIGN_IN_LINK_TTL_MS;
export const FOCAL_POINT_SESSION_MS = 12 * 3_600_000;
const fold = (email: string) => email.trim().toLowerCase();

export type FocalPointInput = {
  name: string;
  title: string;
  office: string;
  email: string;
  lang: Lang;
};
export type FocalPoint = typeof focalPoints.$inferSelect;

export function focalPointsOf(country: string): FocalPoint[] {
  return db()
    .select()
    .from(focalPoints)
    .where(and(eq(focalPoints.country, country), eq(focalPoints.active, true)))
    .orderBy(asc(focalPoints.name))
    .all();
}

export function countFocalPoints(country: string) {
  return focalPointsOf(country).length;
}

/** The secretariat designates a focal point (a removed one with the same address comes back). */
export function designateFocalPoint(
  country: string,
  input: FocalPointInput,
  staffUserId: number,
  now = Date.now(),
): { ok: true; id: number } | { ok: false; reason: "not-member" | "email-taken" } {
  if (statusOf(country) !== "member") return { ok: false, reason: "not-member" };
  return write((tx) => {
    const email = fold(input.email);
    const existing = tx.select().from(focalPoints).where(eq(focalPoints.email, email)).get();
    if (existing && (existing.active || existing.country !== country)) return { ok: false as const, reason: "email-taken" as const };
    // Designated again after a removal: a new designation, whose 30 days for the backlog run from now.
    const values = { ...input, email, country, active: true, updatedAt: now, designatedAt: now };
    const row = existing
      ? tx.update(focalPoints).set(values).where(eq(focalPoints.id, existing.id)).returning().get()
      : tx
          .insert(focalPoints)
          .values({ ...values, createdAt: now })
          .returning()
          .get();
    // Told in their own language, in the same transaction: the designation and how to sign in, and, when they
    // are the country's first, that endorsements already wait for them and until when (their wait starts now).
    const first = !tx
      .select({ id: focalPoints.id })
      .from(focalPoints)
      .where(and(eq(focalPoints.country, country), eq(focalPoints.active, true), ne(focalPoints.id, row.id)))
      .get();
    const waitingUntil =
      first && endorsementsWaitingFor(tx, country) ? formatDate(input.lang, lastDayOfWait(focalPointWaitEnds({ verifiedAt: now, createdAt: now }))) : undefined;
    enqueueEmail(tx, {
      to: email,
      lang: input.lang,
      template: "focal-point-designated",
      props: {
        name: input.name,
        country: countryName(input.lang, country),
        url: `${publicOrigin()}/${input.lang}/focal-point/sign-in`,
        waitingUntil,
      },
    });
    recordChange(tx, {
      staffUserId,
      action: "focal-point-designated",
      entity: "focal-point",
      entityId: row.id,
      // Ids and codes only: the person's name and address stay in their record, which erasure empties.
      detail: { country, lang: input.lang },
    });
    return { ok: true as const, id: row.id };
  });
}

/** Ends a designation: access stops at once (sessions and links go), the record and its history stay. */
export function removeFocalPoint(country: string, id: number, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const row = tx
      .update(focalPoints)
      .set({ active: false, updatedAt: now })
      .where(and(eq(focalPoints.id, id), eq(focalPoints.country, country), eq(focalPoints.active, true)))
      .returning()
      .get();
    if (!row) return false;
    tx.delete(focalPointSessions).where(eq(focalPointSessions.focalPointId, id)).run();
    tx.delete(focalPointSignInTokens).where(eq(focalPointSignInTokens.focalPointId, id)).run();
    recordChange(tx, {
      staffUserId,
      action: "focal-point-removed",
      entity: "focal-point",
      entityId: id,
      detail: { country },
    });
    return true;
  });
}

/** Emails a single-use link to an active focal point; unknown addresses get nothing and the screen says the same. */
/** The email and its link are in the focal point's own language, as the secretariat recorded it. */
export function sendFocalPointLink(email: string, now = Date.now()) {
  return unseenByReaders(() =>
    write((tx) => {
      const fp = tx
        .select()
        .from(focalPoints)
        .where(and(eq(focalPoints.email, fold(email)), eq(focalPoints.active, true)))
        .get();
      // As partners' links: the request is written either way and counts towards the mailbox's hourly cap.
      if (!mayEmailFromPublicForm(tx, email, Boolean(fp), now, FOCAL_POINT_LINK_TTL_MS) || !fp) return false;
      const token = issueSignInLink(tx, links, fp.id, now);
      const emailLang = fp.lang as Lang;
      enqueueEmail(tx, {
        to: fp.email,
        lang: emailLang,
        template: "focal-point-sign-in",
        props: {
          name: fp.name,
          country: countryName(emailLang, fp.country),
          url: `${publicOrigin()}/${emailLang}/focal-point/sign-in/${token}`,
        },
      });
      return true;
    }),
  );
}

const links: SignInLinks = { table: focalPointSignInTokens, owner: focalPointSignInTokens.focalPointId, ownerKey: "focalPointId" };

export const focalPointLinkState = (token: string, now = Date.now()) => signInLinkStateOf(links, token, now);

export function redeemFocalPointLink(token: string, now = Date.now()): { ok: true; session: string } | { ok: false; state: LinkState } {
  return write((tx) => {
    const used = useSignInLink(tx, links, token, now);
    if (!used.ok) return used;
    const session = newToken();
    tx.insert(focalPointSessions)
      .values({ idHash: hashToken(session), focalPointId: used.ownerId, createdAt: now, expiresAt: now + FOCAL_POINT_SESSION_MS })
      .run();
    return { ok: true as const, session };
  });
}

export function focalPointForSession(session: string, now = Date.now()): FocalPoint | null {
  const row = db()
    .select({ fp: focalPoints, s: focalPointSessions })
    .from(focalPointSessions)
    .innerJoin(focalPoints, eq(focalPoints.id, focalPointSessions.focalPointId))
    .where(eq(focalPointSessions.idHash, hashToken(session)))
    .get();
  if (!row || row.s.expiresAt <= now || !row.fp.active) return null;
  return row.fp;
}

export function endFocalPointSession(session: string) {
  write((tx) =>
    tx
      .delete(focalPointSessions)
      .where(eq(focalPointSessions.idHash, hashToken(session)))
      .run(),
  );
}

/** Active focal points per Member State, for the secretariat's list. */
export function focalPointCounts(): Map<string, number> {
  const rows = db().select({ country: focalPoints.country }).from(focalPoints).where(eq(focalPoints.active, true)).all();
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.country, (out.get(r.country) ?? 0) + 1);
  return out;
}
