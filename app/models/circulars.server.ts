import { and, desc, eq, sql } from "drizzle-orm";
import { circulars, declarations } from "../../db/schema";
import { db } from "~/utils/db.server";

export const CIRCULARS_PER_PAGE = 20;

const listColumns = {
  id: circulars.id,
  slug: circulars.slug,
  reference: circulars.reference,
  office: circulars.office,
  issuedOn: circulars.issuedOn,
  subject: circulars.subject,
  originalLang: circulars.originalLang,
  updatedAt: circulars.updatedAt,
};

export function listPublishedCirculars(page: number) {
  const where = eq(circulars.status, "published");
  const total =
    db()
      .select({ n: sql<number>`count(*)` })
      .from(circulars)
      .where(where)
      .get()?.n ?? 0;
  const items = db()
    .select(listColumns)
    .from(circulars)
    .where(where)
    .orderBy(desc(circulars.issuedOn), desc(circulars.id))
    .limit(CIRCULARS_PER_PAGE)
    .offset((page - 1) * CIRCULARS_PER_PAGE)
    .all();
  return { items, total, pages: Math.max(1, Math.ceil(total / CIRCULARS_PER_PAGE)) };
}

/** For the Atom feed: the latest letters with their bodies. */
export function latestCirculars(limit: number) {
  return db()
    .select({ ...listColumns, body: circulars.body })
    .from(circulars)
    .where(eq(circulars.status, "published"))
    .orderBy(desc(circulars.issuedOn))
    .limit(limit)
    .all();
}

export function getPublicCircular(slug: string) {
  const circular = db()
    .select()
    .from(circulars)
    .where(and(eq(circulars.slug, slug), eq(circulars.status, "published")))
    .get();
  if (!circular) return null;
  const announcedDeclarations = db()
    .select({ slug: declarations.slug, title: declarations.title })
    .from(declarations)
    .where(and(eq(declarations.circularId, circular.id), eq(declarations.status, "published")))
    .all();
  return { ...circular, declarations: announcedDeclarations };
}
