import { and, asc, eq, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import { declarations, endorsements, focalPointEndorsementDecisions, focalPoints } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { unusableTokenHash } from "~/utils/tokens.server";
import { recordChange } from "./audit.server";
import { letterDownload } from "./endorsement-letters.server";
import { isEndorsementOpen, publishedDeclarationRefs } from "./declarations.server";
import { organisationKey } from "./endorsements.server";
import { refuseForGovernment } from "./government-endorsements.server";
import type { FocalPoint } from "./focal-points.server";
import { focalPointWaitEnds } from "./focal-point-wait.server";

/**
 * Endorsements in a government's name and its focal point: those waiting for them, their decision,
 * their own endorsement for the government, and what the secretariat's queue and the map read of it.
 */

const undecided = () =>
  notExists(
    db()
      .select({ x: focalPointEndorsementDecisions.endorsementId })
      .from(focalPointEndorsementDecisions)
      .where(eq(focalPointEndorsementDecisions.endorsementId, endorsements.id)),
  );

/** A government endorsement of this country, confirmed by email, that its focal point has not decided. */
const awaitingFocalPoint = (country: string) =>
  and(eq(endorsements.category, "government"), eq(endorsements.country, country), eq(endorsements.status, "pending"), undecided());

/** Government endorsements of this country confirmed by email and not yet decided by its focal point, each with when its wait ends. */
export function endorsementsAwaitingFocalPoint(country: string) {
  const since = focalPointsSince().get(country);
  const rows = db()
    .select({
      id: endorsements.id,
      organisation: endorsements.organisation,
      representativeName: endorsements.representativeName,
      representativeTitle: endorsements.representativeTitle,
      statement: endorsements.statement,
      createdAt: endorsements.createdAt,
      verifiedAt: endorsements.verifiedAt,
      title: declarations.title,
      slug: declarations.slug,
      hasLetter: isNotNull(endorsements.letterFile),
    })
    .from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(awaitingFocalPoint(country))
    .orderBy(asc(endorsements.createdAt))
    .all();
  return rows.map((r) => ({ ...r, waitEnds: focalPointWaitEnds(r, since) }));
}

/**
 * The official letter sent with an endorsement waiting for this focal point: they judge whether it
 * comes from their government. Null for another country's, a decided one, or one sent without.
 */
export function letterAwaitingFocalPoint(country: string, id: number) {
  const row = db()
    .select({ file: endorsements.letterFile })
    .from(endorsements)
    .where(and(eq(endorsements.id, id), awaitingFocalPoint(country)))
    .get();
  return letterDownload(id, row?.file);
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
  now = Date.now(),
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
          eq(endorsements.status, "pending"),
        ),
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
    if (decision === "refused") refuseForGovernment(tx, e, note, now);
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
    .where(and(eq(focalPointEndorsementDecisions.decision, "confirmed"), inArray(focalPointEndorsementDecisions.endorsementId, endorsementIds)))
    .all();
  return new Set(rows.map((r) => r.id));
}

/**
 * The countries with an active focal point (their government endorsements wait for it), each with when its
 * first active focal point was designated (the wait runs from then at the earliest).
 */
export function focalPointsSince(): Map<string, number> {
  const rows = db()
    .select({ c: focalPoints.country, since: sql<number>`min(${focalPoints.designatedAt})` })
    .from(focalPoints)
    .where(eq(focalPoints.active, true))
    .groupBy(focalPoints.country)
    .all();
  return new Map(rows.map((r) => [r.c, r.since]));
}

/** Decided endorsements among these ids (confirmed or refused). */
export function decidedByFocalPoint(endorsementIds: number[]): Set<number> {
  if (endorsementIds.length === 0) return new Set();
  return new Set(
    db()
      .select({ id: focalPointEndorsementDecisions.endorsementId })
      .from(focalPointEndorsementDecisions)
      .where(inArray(focalPointEndorsementDecisions.endorsementId, endorsementIds))
      .all()
      .map((r) => r.id),
  );
}

/**
 * The focal point endorses a declaration for their government: published at once, listed as
 * verified by the focal point (the administration designated them; no letter needed on top).
 */
export function endorseForGovernment(fp: FocalPoint, declarationSlug: string, statement: string | null, now = Date.now()): "done" | "already" | "not-found" {
  return write((tx) => {
    const declaration = tx.select().from(declarations).where(eq(declarations.slug, declarationSlug)).get();
    if (!declaration || declaration.status !== "published" || !isEndorsementOpen(declaration, now)) return "not-found";
    const existing = tx
      .select({ id: endorsements.id })
      .from(endorsements)
      .where(
        and(
          eq(endorsements.declarationId, declaration.id),
          eq(endorsements.category, "government"),
          eq(endorsements.country, fp.country),
          inArray(endorsements.status, ["pending", "approved"]),
        ),
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
        manageTokenHash: unusableTokenHash(),
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
  const open = publishedDeclarationRefs(now).filter((d) => d.open);
  const done = new Set(
    db()
      .select({ id: endorsements.declarationId })
      .from(endorsements)
      .where(and(eq(endorsements.category, "government"), eq(endorsements.country, country), inArray(endorsements.status, ["pending", "approved"])))
      .all()
      .map((r) => r.id),
  );
  return open.filter((d) => !done.has(d.id)).map(({ slug, title }) => ({ slug, title }));
}

/** The focal point's word on an endorsement, for the secretariat's review: who, when, and their note. */
export function focalPointDecisionOf(endorsementId: number) {
  return (
    db()
      .select({
        decision: focalPointEndorsementDecisions.decision,
        note: focalPointEndorsementDecisions.note,
        decidedAt: focalPointEndorsementDecisions.decidedAt,
        name: focalPoints.name,
      })
      .from(focalPointEndorsementDecisions)
      .leftJoin(focalPoints, eq(focalPoints.id, focalPointEndorsementDecisions.focalPointId))
      .where(eq(focalPointEndorsementDecisions.endorsementId, endorsementId))
      .get() ?? null
  );
}
