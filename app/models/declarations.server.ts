import { and, desc, eq, sql } from "drizzle-orm";
import { circulars, declarations, endorsements } from "../../db/schema";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { copName } from "~/utils/cop-name";
import { prepared } from "~/utils/prepared.server";
import { formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";

export type EndorsementWindow = { endorsementOpensAt: number | null; endorsementClosesAt: number | null };

export function isEndorsementOpen(d: EndorsementWindow, now = Date.now()) {
  if (d.endorsementOpensAt === null || now < d.endorsementOpensAt) return false;
  return d.endorsementClosesAt === null || now < d.endorsementClosesAt;
}

/** Approved endorsements per declaration. */
export function approvedEndorsementCounts(ids: number[]): Map<number, number> {
  const all = approvedEndorsementCountsOfAll();
  return new Map(ids.map((id) => [id, all.get(id) ?? 0]));
}
/**
 * Every declaration's count of listed endorsements: shown on the home page, the declarations list
 * and each declaration's page, in six languages, and counted over thousands of rows, so counted
 * once per write for all of them (memoUntilWrite; decision 016).
 */
function approvedEndorsementCountsOfAll(): ReadonlyMap<number, number> {
  return memoThroughRegistrations("approved-endorsement-counts", () => {
    const rows = db()
      .select({ id: endorsements.declarationId, n: sql<number>`count(*)` })
      .from(endorsements)
      .where(eq(endorsements.status, "approved"))
      .groupBy(endorsements.declarationId)
      .all();
    return new Map(rows.map((r) => [r.id, r.n]));
  });
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

/** What a declaration's card shows (home page, declarations list), already in the visitor's language. */
export function declarationCards(lang: Lang, now = Date.now()) {
  return listPublishedDeclarations().map((d) => ({
    slug: d.slug,
    title: pickTranslation(d.title, lang),
    summary: pickTranslation(d.summary, lang),
    cop: copName(lang, d.cop),
    copPlace: pickTranslation(d.copPlace, lang),
    open: isEndorsementOpen(d, now),
    count: formatNumber(lang, d.endorsementCount),
  }));
}

/**
 * Published declarations, newest first, with their counts of listed endorsements: on the home page and
 * the declarations list in six languages, the same for all until the next write (memoUntilWrite).
 */
export function listPublishedDeclarations() {
  return memoThroughRegistrations("published-declarations", () => {
    const items = db().select(listColumns).from(declarations).where(eq(declarations.status, "published")).orderBy(desc(declarations.createdAt)).all();
    const counts = approvedEndorsementCounts(items.map((i) => i.id));
    return items.map((i) => ({ ...i, endorsementCount: counts.get(i.id) ?? 0 }));
  });
}

/** Published declarations, newest first, each saying whether it takes endorsements now (kept until the next write). */
export function publishedDeclarationRefs(now = Date.now()) {
  return listPublishedDeclarations().map((d) => ({ id: d.id, slug: d.slug, title: d.title, open: isEndorsementOpen(d, now) }));
}

/**
 * A published declaration with its count of listed endorsers, kept until the next write: its page
 * and each page of its endorsers read it on every rendering, and its text (8 KB and more, read
 * from SQLite's overflow pages) cost more than the rest of the endorsers' page data. Shared: not
 * to be changed by the caller.
 */
export function getPublicDeclaration(slug: string) {
  return memoThroughRegistrations(`public-declaration:${slug}`, () => {
    const row = publicDeclarationQuery().get({ slug });
    if (!row) return null;
    const endorsementCount = approvedEndorsementCounts([row.id]).get(row.id) ?? 0;
    const circular = row.circularSlug && row.circularStatus === "published" ? { slug: row.circularSlug, reference: row.circularReference! } : null;
    return { ...row, circular, endorsementCount };
  });
}
// A declaration's page and its endorsers' pages read it on every rendering: built once (prepared.server).
const publicDeclarationQuery = prepared((d) =>
  d
    .select({ ...listColumns, body: declarations.body, circularSlug: circulars.slug, circularReference: circulars.reference, circularStatus: circulars.status })
    .from(declarations)
    .leftJoin(circulars, eq(circulars.id, declarations.circularId))
    .where(and(eq(declarations.slug, sql.placeholder("slug")), eq(declarations.status, "published")))
    .prepare(),
);
