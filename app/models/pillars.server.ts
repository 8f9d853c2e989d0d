import { asc, eq } from "drizzle-orm";
import { pillars } from "../../db/schema";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";

/**
 * The six pillars for lists and filters (without their long descriptions), in order. Read by the
 * home page, the lists' filters and the forms, the same for every page and language: kept until
 * the next write (memoUntilWrite; decision 016). Callers map it into their own shapes.
 */
export function listPillars(): readonly PillarRef[] {
  return memoThroughRegistrations("pillars", () =>
    db().select({ id: pillars.id, slug: pillars.slug, number: pillars.number, title: pillars.title }).from(pillars).orderBy(asc(pillars.number)).all(),
  );
}
type PillarRef = { id: number; slug: string; number: number; title: (typeof pillars.$inferSelect)["title"] };

export function getPillar(slug: string) {
  return db().select().from(pillars).where(eq(pillars.slug, slug)).get() ?? null;
}

/** The six pillars with their descriptions, for the pillars page. */
export function listPillarsWithDescriptions() {
  return db().select().from(pillars).orderBy(asc(pillars.number)).all();
}
