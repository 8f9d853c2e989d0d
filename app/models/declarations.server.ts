import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { circulars, declarations, endorsements } from "../../db/schema";
import { db } from "~/utils/db.server";

export type EndorsementWindow = { endorsementOpensAt: number | null; endorsementClosesAt: number | null };

export function isEndorsementOpen(d: EndorsementWindow, now = Date.now()) {
  if (d.endorsementOpensAt === null || now < d.endorsementOpensAt) return false;
  return d.endorsementClosesAt === null || now < d.endorsementClosesAt;
}

/** Approved endorsements per declaration, in one query. */
export function approvedEndorsementCounts(ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({ id: endorsements.declarationId, n: sql<number>`count(*)` })
    .from(endorsements)
    .where(and(inArray(endorsements.declarationId, ids), eq(endorsements.status, "approved")))
    .groupBy(endorsements.declarationId)
    .all();
  return new Map(rows.map((r) => [r.id, r.n]));
}

const listColumns = {
  id: declarations.id,
  slug: declarations.slug,
  title: declarations.title,
  summary: declarations.summary,
  cop: declarations.cop,
  copPlace: declarations.copPlace,
  endorsementOpensAt: declarations.endorsementOpensAt,
  endorsementClosesAt: declarations.endorsementClosesAt,
  updatedAt: declarations.updatedAt,
};

export function listPublishedDeclarations() {
  const items = db().select(listColumns).from(declarations).where(eq(declarations.status, "published")).orderBy(desc(declarations.createdAt)).all();
  const counts = approvedEndorsementCounts(items.map((i) => i.id));
  return items.map((i) => ({ ...i, endorsementCount: counts.get(i.id) ?? 0 }));
}

export function getPublicDeclaration(slug: string) {
  const row = db()
    .select({ ...listColumns, body: declarations.body, circularSlug: circulars.slug, circularReference: circulars.reference, circularStatus: circulars.status })
    .from(declarations)
    .leftJoin(circulars, eq(circulars.id, declarations.circularId))
    .where(and(eq(declarations.slug, slug), eq(declarations.status, "published")))
    .get();
  if (!row) return null;
  const endorsementCount = approvedEndorsementCounts([row.id]).get(row.id) ?? 0;
  const circular = row.circularSlug && row.circularStatus === "published" ? { slug: row.circularSlug, reference: row.circularReference! } : null;
  return { ...row, circular, endorsementCount };
}
