import { and, asc, eq } from "drizzle-orm";
import { pillars, workingGroups } from "../../db/schema";
import { db } from "~/utils/db.server";

export function listPublishedWorkingGroups() {
  return db()
    .select({
      id: workingGroups.id,
      slug: workingGroups.slug,
      name: workingGroups.name,
      mandate: workingGroups.mandate,
      status: workingGroups.status,
      leadOrganisations: workingGroups.leadOrganisations,
      pillarSlug: pillars.slug,
      pillarNumber: pillars.number,
      pillarTitle: pillars.title,
      updatedAt: workingGroups.updatedAt,
    })
    .from(workingGroups)
    .innerJoin(pillars, eq(pillars.id, workingGroups.pillarId))
    .where(eq(workingGroups.published, true))
    .orderBy(asc(pillars.number), asc(workingGroups.id))
    .all();
}

export function getPublicWorkingGroup(slug: string) {
  return (
    db()
      .select({ group: workingGroups, pillar: pillars })
      .from(workingGroups)
      .innerJoin(pillars, eq(pillars.id, workingGroups.pillarId))
      .where(and(eq(workingGroups.slug, slug), eq(workingGroups.published, true)))
      .get() ?? null
  );
}

export function workingGroupsForPillar(pillarId: number) {
  return db()
    .select({ slug: workingGroups.slug, name: workingGroups.name, status: workingGroups.status })
    .from(workingGroups)
    .where(and(eq(workingGroups.pillarId, pillarId), eq(workingGroups.published, true)))
    .all();
}
