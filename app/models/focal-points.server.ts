import { and, asc, eq, gt, inArray, isNull, lt, notExists } from "drizzle-orm";
import {
  declarations,
  endorsements,
  focalPointEndorsementDecisions,
  focalPointSessions,
  focalPointSignInTokens,
  focalPoints,
} from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { countryName } from "~/utils/country-options";
import { hashToken, isTokenShaped, newToken } from "~/utils/tokens.server";
import { recordChange } from "./audit.server";
import { isEndorsementOpen } from "./declarations.server";
import { organisationKey } from "./endorsements.server";
import { statusOf } from "~/utils/countries";

/** As partners: a link valid 15 minutes, used once; a session kept on the server. */
export const FOCAL_POINT_LINK_TTL_MS = 15 * 60_000;
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
  now = Date.now()
):
  | { ok: true; id: number }
  | { ok: false; reason: "not-member" | "email-taken" } {
  if (statusOf(country) !== "member")
    return { ok: false, reason: "not-member" };
  return write((tx) => {
    const email = fold(input.email);
    const existing = tx
      .select()
      .from(focalPoints)
      .where(eq(focalPoints.email, email))
      .get();
    if (existing && (existing.active || existing.country !== country))
      return { ok: false as const, reason: "email-taken" as const };
    const values = { ...input, email, country, active: true, updatedAt: now };
    const row = existing
      ? tx
          .update(focalPoints)
          .set(values)
          .where(eq(focalPoints.id, existing.id))
          .returning()
          .get()
      : tx
          .insert(focalPoints)
          .values({ ...values, createdAt: now })
          .returning()
          .get();
    recordChange(tx, {
      staffUserId,
      action: "focal-point-designated",
      entity: "focal-point",
      entityId: row.id,
      detail: {
        country,
        name: input.name,
        title: input.title,
        office: input.office,
        email,
        lang: input.lang,
      },
    });
    return { ok: true as const, id: row.id };
  });
}

/** Ends a designation: access stops at once (sessions and links go), the record and its history stay. */
export function removeFocalPoint(
  country: string,
  id: number,
  staffUserId: number,
  now = Date.now()
) {
  return write((tx) => {
    const row = tx
      .update(focalPoints)
      .set({ active: false, updatedAt: now })
      .where(
        and(
          eq(focalPoints.id, id),
          eq(focalPoints.country, country),
          eq(focalPoints.active, true)
        )
      )
      .returning()
      .get();
    if (!row) return false;
    tx.delete(focalPointSessions)
      .where(eq(focalPointSessions.focalPointId, id))
      .run();
    tx.delete(focalPointSignInTokens)
      .where(eq(focalPointSignInTokens.focalPointId, id))
      .run();
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
  return write((tx) => {
    const fp = tx
      .select()
      .from(focalPoints)
      .where(
        and(eq(focalPoints.email, fold(email)), eq(focalPoints.active, true))
      )
      .get();
    if (!fp) return false;
    tx.delete(focalPointSignInTokens)
      .where(lt(focalPointSignInTokens.expiresAt, now))
      .run();
    const token = newToken();
    tx.insert(focalPointSignInTokens)
      .values({
        tokenHash: hashToken(token),
        focalPointId: fp.id,
        expiresAt: now + FOCAL_POINT_LINK_TTL_MS,
      })
      .run();
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
  });
}

export type FocalPointLinkState = "ready" | "used" | "expired" | "unknown";

export function focalPointLinkState(
  token: string,
  now = Date.now()
): FocalPointLinkState {
  if (!isTokenShaped(token)) return "unknown";
  const row = db()
    .select()
    .from(focalPointSignInTokens)
    .where(eq(focalPointSignInTokens.tokenHash, hashToken(token)))
    .get();
  if (!row) return "unknown";
  if (row.usedAt !== null) return "used";
  return row.expiresAt <= now ? "expired" : "ready";
}

export function redeemFocalPointLink(
  token: string,
  now = Date.now()
): { ok: true; session: string } | { ok: false; state: FocalPointLinkState } {
  return write((tx) => {
    const used = tx
      .update(focalPointSignInTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(focalPointSignInTokens.tokenHash, hashToken(token)),
          isNull(focalPointSignInTokens.usedAt),
          gt(focalPointSignInTokens.expiresAt, now)
        )
      )
      .returning()
      .get();
    if (!used)
      return { ok: false as const, state: focalPointLinkState(token, now) };
    const session = newToken();
    tx.insert(focalPointSessions)
      .values({
        idHash: hashToken(session),
        focalPointId: used.focalPointId,
        createdAt: now,
        expiresAt: now + FOCAL_POINT_SESSION_MS,
      })
      .run();
    return { ok: true as const, session };
  });
}

export function focalPointForSession(
  session: string,
  now = Date.now()
): FocalPoint | null {
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
      .run()
  );
}

// ---------------------------------------------------------------- endorsements in the government's name

const undecided = () =>
  notExists(
    db()
      .select({ x: focalPointEndorsementDecisions.endorsementId })
      .from(focalPointEndorsementDecisions)
      .where(eq(focalPointEndorsementDecisions.endorsementId, endorsements.id))
  );

/** Government endorsements of this country confirmed by email and not yet decided by its focal point. */
export function endorsementsAwaitingFocalPoint(country: string) {
  return db()
    .select({
      id: endorsements.id,
      organisation: endorsements.organisation,
      representativeName: endorsements.representativeName,
      representativeTitle: endorsements.representativeTitle,
      statement: endorsements.statement,
      createdAt: endorsements.createdAt,
      title: declarations.title,
      slug: declarations.slug,
    })
    .from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(
      and(
        eq(endorsements.category, "government"),
        eq(endorsements.country, country),
        eq(endorsements.status, "pending"),
        undecided()
      )
    )
    .orderBy(asc(endorsements.createdAt))
    .all();
}

/**
 * The focal point confirms (it goes on to the secretariat, verified by the focal point) or refuses
 * (it is not accepted). Another country's endorsement is "not-found": the route answers 404.
 */
export function decideGovernmentEndorsement(
  fp: FocalPoint,
  endorsementId: number,
  decision: "confirmed" | "refused",
  note: string | null,
  now = Date.now()
): "done" | "not-found" {
  return write((tx) => {
    const e = tx
      .select()
      .from(endorsements)
      .where(
        and(
          eq(endorsements.id, endorsementId),
          eq(endorsements.category, "government"),
          eq(endorsements.country, fp.country),
          eq(endorsements.status, "pending")
        )
      )
      .get();
    if (!e) return "not-found";
    const inserted = tx
      .insert(focalPointEndorsementDecisions)
      .values({
        endorsementId,
        focalPointId: fp.id,
        decision,
        note,
        decidedAt: now,
      })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 0) return "not-found";
    if (decision === "refused")
      tx.update(endorsements)
        .set({
          status: "rejected",
          rejectionReason: note ?? "",
          reviewedAt: now,
        })
        .where(eq(endorsements.id, endorsementId))
        .run();
    recordChange(tx, {
      action: `focal-point-${decision}`,
      entity: "endorsement",
      entityId: endorsementId,
      detail: { focalPointId: fp.id, country: fp.country },
    });
    return "done";
  });
}

/** Endorsements whose government's focal point confirmed them: listed as verified by the focal point. */
export function confirmedByFocalPoint(endorsementIds: number[]): Set<number> {
  if (endorsementIds.length === 0) return new Set();
  const rows = db()
    .select({ id: focalPointEndorsementDecisions.endorsementId })
    .from(focalPointEndorsementDecisions)
    .where(
      and(
        eq(focalPointEndorsementDecisions.decision, "confirmed"),
        inArray(focalPointEndorsementDecisions.endorsementId, endorsementIds)
      )
    )
    .all();
  return new Set(rows.map((r) => r.id));
}

/** Countries with at least one active focal point: their government endorsements wait for it. */
export function countriesWithFocalPoints(): Set<string> {
  return new Set(
    db()
      .selectDistinct({ c: focalPoints.country })
      .from(focalPoints)
      .where(eq(focalPoints.active, true))
      .all()
      .map((r) => r.c)
  );
}

/** Decided endorsements among these ids (confirmed or refused). */
export function decidedByFocalPoint(endorsementIds: number[]): Set<number> {
  if (endorsementIds.length === 0) return new Set();
  return new Set(
    db()
      .select({ id: focalPointEndorsementDecisions.endorsementId })
      .from(focalPointEndorsementDecisions)
      .where(
        inArray(focalPointEndorsementDecisions.endorsementId, endorsementIds)
      )
      .all()
      .map((r) => r.id)
  );
}

/**
 * The focal point endorses a declaration for their government: published at once, listed as
 * verified by the focal point (the administration designated them; no letter needed on top).
 */
export function endorseForGovernment(
  fp: FocalPoint,
  declarationSlug: string,
  statement: string | null,
  now = Date.now()
): "done" | "already" | "not-found" {
  return write((tx) => {
    const declaration = tx
      .select()
      .from(declarations)
      .where(eq(declarations.slug, declarationSlug))
      .get();
    if (
      !declaration ||
      declaration.status !== "published" ||
      !isEndorsementOpen(declaration, now)
    )
      return "not-found";
    const existing = tx
      .select({ id: endorsements.id })
      .from(endorsements)
      .where(
        and(
          eq(endorsements.declarationId, declaration.id),
          eq(endorsements.category, "government"),
          eq(endorsements.country, fp.country),
          inArray(endorsements.status, ["pending", "approved"])
        )
      )
      .get();
    if (existing) return "already";
    const row = tx
      .insert(endorsements)
      .values({
        declarationId: declaration.id,
        category: "government",
        organisation: fp.office,
        organisationKey: organisationKey(fp.office),
        country: fp.country,
        statement,
        representativeName: fp.name,
        representativeTitle: fp.title,
        email: fp.email,
        lang: fp.lang,
        status: "approved",
        verifiedAt: now,
        approvedAt: now,
        manageToken: newToken(),
        createdAt: now,
      })
      .returning()
      .get();
    tx.insert(focalPointEndorsementDecisions)
      .values({
        endorsementId: row.id,
        focalPointId: fp.id,
        decision: "confirmed",
        note: null,
        decidedAt: now,
      })
      .run();
    recordChange(tx, {
      action: "focal-point-endorsed",
      entity: "endorsement",
      entityId: row.id,
      detail: { focalPointId: fp.id, country: fp.country },
    });
    return "done";
  });
}

/** Declarations open for endorsement that this government has not endorsed (nor has one waiting). */
export function declarationsToEndorse(country: string, now = Date.now()) {
  const open = db()
    .select({
      id: declarations.id,
      slug: declarations.slug,
      title: declarations.title,
      opensAt: declarations.endorsementOpensAt,
      closesAt: declarations.endorsementClosesAt,
    })
    .from(declarations)
    .where(eq(declarations.status, "published"))
    .all()
    .filter((d) =>
      isEndorsementOpen(
        { endorsementOpensAt: d.opensAt, endorsementClosesAt: d.closesAt },
        now
      )
    );
  const done = new Set(
    db()
      .select({ id: endorsements.declarationId })
      .from(endorsements)
      .where(
        and(
          eq(endorsements.category, "government"),
          eq(endorsements.country, country),
          inArray(endorsements.status, ["pending", "approved"])
        )
      )
      .all()
      .map((r) => r.id)
  );
  return open
    .filter((d) => !done.has(d.id))
    .map(({ slug, title }) => ({ slug, title }));
}

/** Active focal points per Member State, for the secretariat's list. */
export function focalPointCounts(): Map<string, number> {
  const rows = db()
    .select({ country: focalPoints.country })
    .from(focalPoints)
    .where(eq(focalPoints.active, true))
    .all();
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.country, (out.get(r.country) ?? 0) + 1);
  return out;
}
