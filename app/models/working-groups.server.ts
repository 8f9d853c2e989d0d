import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { milestones, organisations, pillars, pledges, workingGroupMembers, workingGroups, workingGroupUpdates } from "../../db/schema";
import { db } from "~/utils/db.server";
import { milestoneCompletion, pledgeRollup, todayUtc } from "./working-group-progress";

export const UPDATES_PER_PAGE = 10;

/** Accepted members (co-leads included) of the given groups, in one query. */
function acceptedMembers(groupIds: number[]) {
  if (groupIds.length === 0) return [];
  return db()
    .select({
      groupId: workingGroupMembers.workingGroupId,
      role: workingGroupMembers.role,
      organisation: { id: organisations.id, name: organisations.name, country: organisations.country, type: organisations.type },
    })
    .from(workingGroupMembers)
    .innerJoin(organisations, eq(organisations.id, workingGroupMembers.organisationId))
    .where(and(inArray(workingGroupMembers.workingGroupId, groupIds), eq(workingGroupMembers.status, "accepted")))
    .orderBy(asc(organisations.name))
    .all();
}

/** The members' published pledges under each group's own pillar, with the progress kept on the pledge. */
function memberPledges(groupIds: number[]) {
  if (groupIds.length === 0) return [];
  return db()
    .select({
      groupId: workingGroupMembers.workingGroupId,
      id: pledges.id,
      title: pledges.title,
      lang: pledges.lang,
      organisation: organisations.name,
      progress: pledges.progress,
      status: pledges.progressStatus,
    })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.workingGroupId))
    .innerJoin(
      pledges,
      and(eq(pledges.organisationId, workingGroupMembers.organisationId), eq(pledges.pillarId, workingGroups.pillarId), eq(pledges.status, "published")),
    )
    .innerJoin(organisations, eq(organisations.id, pledges.organisationId))
    .where(and(inArray(workingGroupMembers.workingGroupId, groupIds), eq(workingGroupMembers.status, "accepted")))
    .orderBy(desc(pledges.publishedAt), desc(pledges.id))
    .all();
}

function milestonesOf(groupIds: number[]) {
  if (groupIds.length === 0) return [];
  return db().select().from(milestones).where(inArray(milestones.workingGroupId, groupIds)).orderBy(asc(milestones.dueOn), asc(milestones.id)).all();
}

/** Each group's progress from three queries whatever the number of groups: milestones, members, pledges. */
function progressOf(groups: { id: number }[], now: number) {
  const ids = groups.map((g) => g.id);
  const allMilestones = milestonesOf(ids);
  const members = acceptedMembers(ids);
  const allPledges = memberPledges(ids);
  const today = todayUtc(now);
  return new Map(
    groups.map((g) => {
      const groupPledges = allPledges.filter((p) => p.groupId === g.id);
      const groupMilestones = allMilestones.filter((m) => m.workingGroupId === g.id);
      return [
        g.id,
        {
          milestones: groupMilestones,
          members: members.filter((m) => m.groupId === g.id),
          pledges: groupPledges,
          completion: milestoneCompletion(groupMilestones, today),
          pledgeRollup: pledgeRollup(groupPledges),
        },
      ] as const;
    }),
  );
}

export function getPublicWorkingGroup(slug: string, updatesPage = 1, now = Date.now()) {
  const row = db()
    .select({ group: workingGroups, pillar: pillars })
    .from(workingGroups)
    .innerJoin(pillars, eq(pillars.id, workingGroups.pillarId))
    .where(and(eq(workingGroups.slug, slug), eq(workingGroups.published, true)))
    .get();
  if (!row) return null;
  const updateCount = db().select({ n: count() }).from(workingGroupUpdates).where(eq(workingGroupUpdates.workingGroupId, row.group.id)).get()?.n ?? 0;
  return {
    ...row,
    ...progressOf([row.group], now).get(row.group.id)!,
    updates: groupUpdates(row.group.id, UPDATES_PER_PAGE, (updatesPage - 1) * UPDATES_PER_PAGE),
    updatePages: Math.max(1, Math.ceil(updateCount / UPDATES_PER_PAGE)),
  };
}

/** A group's updates, newest first, with the posting organisation's name (null: the secretariat). */
export function groupUpdates(groupId: number, limit: number, offset = 0) {
  return db()
    .select({ update: workingGroupUpdates, organisation: organisations.name })
    .from(workingGroupUpdates)
    .leftJoin(organisations, eq(organisations.id, workingGroupUpdates.organisationId))
    .where(eq(workingGroupUpdates.workingGroupId, groupId))
    .orderBy(desc(workingGroupUpdates.publishedAt), desc(workingGroupUpdates.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export function publishedGroupBySlug(slug: string) {
  return (
    db()
      .select()
      .from(workingGroups)
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

/** The published groups' names, in pillar order: for lists that show no progress. */
export function publishedWorkingGroupNames() {
  return db()
    .select({ id: workingGroups.id, slug: workingGroups.slug, name: workingGroups.name })
    .from(workingGroups)
    .innerJoin(pillars, eq(pillars.id, workingGroups.pillarId))
    .where(eq(workingGroups.published, true))
    .orderBy(asc(pillars.number), asc(workingGroups.id))
    .all();
}
