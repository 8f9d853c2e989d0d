import { asc, eq } from "drizzle-orm";
import { pillars } from "../../db/schema";
import { db } from "~/utils/db.server";

export function listPillars() {
  return db().select().from(pillars).orderBy(asc(pillars.number)).all();
}

export function getPillar(slug: string) {
  return db().select().from(pillars).where(eq(pillars.slug, slug)).get() ?? null;
}
