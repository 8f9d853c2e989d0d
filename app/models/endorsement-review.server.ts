import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { declarations, endorsements } from "../../db/schema";
import { toCsv } from "~/utils/csv";
import { db, write, type Tx } from "~/utils/db.server";
import { recordChange } from "./audit.server";
import { emailEndorser, type EndorsementRow } from "./endorsements.server";
import { letterDownload, letterFileOf } from "./endorsement-letters.server";
import { confirmedByFocalPoint, decidedByFocalPoint, focalPointsSince } from "./focal-point-endorsements.server";
import { focalPointWaitEnds } from "./focal-point-wait.server";

// The secretariat's side of endorsements: the review queue with likely duplicates, the decision
// (each with its email to the endorser in the same transaction), and the staff export.

export function reviewQueue(status: EndorsementRow["status"], now = Date.now()) {
  const rows = db()
    .select({ e: endorsements, title: declarations.title })
    .from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(eq(endorsements.status, status))
    .orderBy(asc(endorsements.createdAt))
    .limit(500)
    .all();
  const dupes = duplicateKeys(rows.map((r) => r.e));
  const { shown, silent } = withoutThoseAwaitingFocalPoints(rows, status, now);
  // Which of them the government's focal point has confirmed, or left undecided past their time: the secretariat sees it in the queue.
  const confirmed = confirmedByFocalPoint(shown.filter((r) => r.e.category === "government").map((r) => r.e.id));
  return shown.map((r) => ({
    ...r,
    likelyDuplicate: dupes.has(dupeKey(r.e)),
    focalPointConfirmed: confirmed.has(r.e.id),
    /** When the focal point's wait ended, for one they left undecided. */
    focalPointSilentSince: silent.get(r.e.id) ?? null,
  }));
}

/**
 * Government endorsements held for their country's focal point, oldest first, each with when its wait ends: the
 * secretariat sees them waiting (it cannot decide them until the focal point has confirmed, or their wait has ended).
 */
export function awaitingFocalPoints(now = Date.now()) {
  const since = focalPointsSince();
  if (since.size === 0) return [];
  const rows = db()
    .select({ e: endorsements, title: declarations.title })
    .from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(and(eq(endorsements.status, "pending"), eq(endorsements.category, "government"), inArray(endorsements.country, [...since.keys()])))
    .orderBy(asc(endorsements.createdAt))
    .limit(500)
    .all();
  const decided = decidedByFocalPoint(rows.map((r) => r.e.id));
  return rows.map((r) => ({ ...r, waitEnds: focalPointWaitEnds(r.e, since.get(r.e.country)) })).filter((r) => !decided.has(r.e.id) && r.waitEnds > now);
}

/**
 * A government's endorsement waits for its country's focal point, when it has one, before the secretariat sees it:
 * `shown` leaves out those still waiting; `silent` gives those whose focal point let their time pass undecided, with when it ended.
 */
function withoutThoseAwaitingFocalPoints<R extends { e: EndorsementRow }>(rows: R[], status: EndorsementRow["status"], now: number) {
  const silent = new Map<number, number>();
  if (status !== "pending") return { shown: rows, silent };
  const since = focalPointsSince();
  const ofFocalPoints = rows.filter((r) => r.e.category === "government" && since.has(r.e.country));
  const decided = decidedByFocalPoint(ofFocalPoints.map((r) => r.e.id));
  const waiting = new Set<number>();
  for (const { e } of ofFocalPoints.filter((r) => !decided.has(r.e.id))) {
    const ends = focalPointWaitEnds(e, since.get(e.country));
    if (ends > now) waiting.add(e.id);
    else silent.set(e.id, ends);
  }
  return { shown: rows.filter((r) => !waiting.has(r.e.id)), silent };
}

/** Where an endorsement stands with its government's focal point: until when it waits for them, or since when the secretariat may decide without them. */
export function focalPointWaitOf(e: EndorsementRow, now = Date.now()): { waitsUntil: number } | { silentSince: number } | null {
  const since = focalPointsSince().get(e.country);
  if (e.status !== "pending" || e.category !== "government" || since === undefined || decidedByFocalPoint([e.id]).has(e.id)) return null;
  const ends = focalPointWaitEnds(e, since);
  return ends > now ? { waitsUntil: ends } : { silentSince: ends };
}

const stillWithFocalPoint = (e: EndorsementRow, now: number) => {
  const wait = focalPointWaitOf(e, now);
  return !!wait && "waitsUntil" in wait;
};

const dupeKey = (e: Pick<EndorsementRow, "declarationId" | "category" | "country" | "organisationKey">) =>
  `${e.declarationId}|${e.category}|${e.country}|${e.organisationKey}`;

/** Keys that more than one live endorsement shares: one query for the whole queue. */
function duplicateKeys(rows: EndorsementRow[]) {
  if (rows.length === 0) return new Set<string>();
  const live = db()
    .select({
      declarationId: endorsements.declarationId,
      category: endorsements.category,
      country: endorsements.country,
      organisationKey: endorsements.organisationKey,
      n: sql<number>`count(*)`,
    })
    .from(endorsements)
    .where(and(inArray(endorsements.status, ["pending", "approved"]), inArray(endorsements.organisationKey, [...new Set(rows.map((r) => r.organisationKey))])))
    .groupBy(endorsements.declarationId, endorsements.category, endorsements.country, endorsements.organisationKey)
    .all();
  return new Set(live.filter((r) => r.n > 1).map(dupeKey));
}

export function endorsementForReview(id: number) {
  const row = db()
    .select({ e: endorsements, d: declarations })
    .from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(eq(endorsements.id, id))
    .get();
  if (!row) return null;
  const duplicates = db()
    .select({ id: endorsements.id, organisation: endorsements.organisation, status: endorsements.status })
    .from(endorsements)
    .where(
      and(
        eq(endorsements.declarationId, row.e.declarationId),
        eq(endorsements.category, row.e.category),
        eq(endorsements.country, row.e.country),
        eq(endorsements.organisationKey, row.e.organisationKey),
        ne(endorsements.id, id),
        inArray(endorsements.status, ["pending", "approved"]),
      ),
    )
    .all();
  return { ...row, duplicates };
}

export function letterPath(id: number) {
  return letterDownload(id, letterFileOf(id));
}

export function approveEndorsement(id: number, displayName: string | null, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const e = tx
      .select()
      .from(endorsements)
      .where(and(eq(endorsements.id, id), eq(endorsements.status, "pending")))
      .get();
    // Not by its address either: a government's endorsement waits for its focal point, when there is one.
    if (!e || stillWithFocalPoint(e, now)) return false;
    // A government endorses a declaration once: a second, published, would list it twice under the same name.
    if (e.category === "government" && publishedForGovernment(tx, e)) return "government-already" as const;
    const updated = tx
      .update(endorsements)
      .set({ status: "approved", displayName, approvedAt: now, reviewedBy: staffUserId, reviewedAt: now })
      .where(eq(endorsements.id, id))
      .returning()
      .get();
    emailEndorser(tx, "endorsement-approved", updated, tx.select().from(declarations).where(eq(declarations.id, e.declarationId)).get()!);
    recordChange(tx, { staffUserId, action: "approved", entity: "endorsement", entityId: id });
    return true;
  });
}

function publishedForGovernment(tx: Tx, e: EndorsementRow) {
  const where = and(
    eq(endorsements.declarationId, e.declarationId),
    eq(endorsements.category, "government"),
    eq(endorsements.country, e.country),
    eq(endorsements.status, "approved"),
    ne(endorsements.id, e.id),
  );
  return tx.select({ id: endorsements.id }).from(endorsements).where(where).get() !== undefined;
}

export function rejectEndorsement(id: number, reason: string, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const e = tx
      .select()
      .from(endorsements)
      .where(and(eq(endorsements.id, id), inArray(endorsements.status, ["pending", "approved"])))
      .get();
    // Nor rejected: while the focal point still has the decision, theirs is the first word either way.
    if (!e || stillWithFocalPoint(e, now)) return false;
    const updated = tx
      .update(endorsements)
      .set({ status: "rejected", rejectionReason: reason, reviewedBy: staffUserId, reviewedAt: now })
      .where(eq(endorsements.id, id))
      .returning()
      .get();
    emailEndorser(tx, "endorsement-rejected", updated, tx.select().from(declarations).where(eq(declarations.id, e.declarationId)).get()!);
    recordChange(tx, { staffUserId, action: "rejected", entity: "endorsement", entityId: id });
    return true;
  });
}

export function updateDisplayName(id: number, displayName: string | null, staffUserId: number) {
  return write((tx) => {
    const changed = tx.update(endorsements).set({ displayName }).where(eq(endorsements.id, id)).run().changes > 0;
    if (changed) recordChange(tx, { staffUserId, action: "renamed", entity: "endorsement", entityId: id });
    return changed;
  });
}

/** Staff export, with contact details. */
export function endorsementsCsvForStaff() {
  const rows = db()
    .select({ e: endorsements, slug: declarations.slug })
    .from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .orderBy(asc(endorsements.id))
    .all();
  return toCsv(
    [
      "id",
      "declaration",
      "status",
      "category",
      "organisation",
      "display_name",
      "country",
      "representative",
      "title",
      "email",
      "statement",
      "letter",
      "submitted_at",
      "approved_at",
    ],
    rows.map(({ e, slug }) => [
      e.id,
      slug,
      e.status,
      e.category,
      e.organisation,
      e.displayName ?? "",
      e.country,
      e.representativeName,
      e.representativeTitle,
      e.email,
      e.statement ?? "",
      e.letterName ?? "",
      new Date(e.createdAt).toISOString(),
      e.approvedAt ? new Date(e.approvedAt).toISOString() : "",
    ]),
  );
}
