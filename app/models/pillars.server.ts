import { asc, eq } from "drizzle-orm";
import { pillars } from "../../db/schema";
import { db } from "~/utils/db.server";

/** The six pillars for lists and filters (without their long descriptions). */
export function listPillars() {
  return db().select({ id: pillars.id, slug: pillars.slug, number: pillars.number, title: pillars.title }).from(pillars).orderBy(asc(pillars.number)).all();
}

export function getPillar(slug: string) {
  return db().select().from(pillars).where(eq(pillars.slug, slug)).get() ?? null;
}

/** The six pillars with their descriptions, for the pillars page. */
export function listPillarsWithDescriptions() {
  return db().select().from(pillars).orderBy(asc(pillars.number)).all();
}
