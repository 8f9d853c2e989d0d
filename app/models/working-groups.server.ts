import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { milestones, organisations, pillars, pledges, workingGroupMembers, workingGroups, workingGroupUpdates } from "../../db/schema";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { prepared } from "~/utils/prepared.server";
import { milestoneCompletion, pledgeRollup, todayUtc } from "./working-group-progress";

export const UPDATES_PER_PAGE = 10;

// Prepared once (utils/prepared.server): building these queries cost more than running them on a
// working group's page. The groups' ids go in as one JSON array (json_each), whatever their number.
const groupIds = sql.placeholder("ids");

/** Accepted members (co-leads included) of the given groups, in one query. */
function acceptedMembers(ids: number[]) {
  return ids.length === 0 ? [] : acceptedMembersQuery().all({ ids: JSON.stringify(ids) });
}
const acceptedMembersQuery = prepared((d) =>
  d
    .select({
      groupId: workingGroupMembers.workingGroupId,
      role: workingGroupMembers.role,
      organisation: { id: organisations.id, name: organisations.name, country: organisations.country, type: organisations.type },
    })
    .from(workingGroupMembers)
    .innerJoin(organisations, eq(organisations.id, workingGroupMembers.organisationId))
    .where(and(sql`${workingGroupMembers.workingGroupId} in (select value from json_each(${groupIds}))`, eq(workingGroupMembers.status, "accepted")))
    .orderBy(asc(organisations.name))
    .prepare(),
);

/** The members' published pledges under each group's own pillar, with the progress kept on the pledge. */
function memberPledges(ids: number[]) {
  return ids.length === 0 ? [] : memberPledgesQuery().all({ ids: JSON.stringify(ids) });
}
const memberPledgesQuery = prepared((d) =>
  d
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
    .where(and(sql`${workingGroupMembers.workingGroupId} in (select value from json_each(${groupIds}))`, eq(workingGroupMembers.status, "accepted")))
    .orderBy(desc(pledges.publishedAt), desc(pledges.id))
    .prepare(),
);

function milestonesOf(ids: number[]) {
  return ids.length === 0 ? [] : milestonesQuery().all({ ids: JSON.stringify(ids) });
}
const milestonesQuery = prepared((d) =>
  d
    .select()
    .from(milestones)
    .where(sql`${milestones.workingGroupId} in (select value from json_each(${groupIds}))`)
    .orderBy(asc(milestones.dueOn), asc(milestones.id))
    .prepare(),
);

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
  // The group with its texts and pillar, and its count of updates, are the same for every page,
  // language and visitor until the next write: read once (decision 016). Its progress depends on the day.
  const kept = memoThroughRegistrations(`public-working-group:${slug}`, () => {
    const row = publishedGroupWithPillar().get({ slug });
    return row ? { row, updateCount: updateCountQuery().get({ groupId: row.group.id })?.n ?? 0 } : null;
  });
  if (!kept) return null;
  const { row, updateCount } = kept;
  return {
    ...row,
    ...progressOf([row.group], now).get(row.group.id)!,
    updates: groupUpdates(row.group.id, UPDATES_PER_PAGE, (updatesPage - 1) * UPDATES_PER_PAGE),
    updatePages: Math.max(1, Math.ceil(updateCount / UPDATES_PER_PAGE)),
  };
}
const publishedGroupWithPillar = prepared((d) =>
  d
    .select({ group: workingGroups, pillar: pillars })
    .from(workingGroups)
    .innerJoin(pillars, eq(pillars.id, workingGroups.pillarId))
    .where(and(eq(workingGroups.slug, sql.placeholder("slug")), eq(workingGroups.published, true)))
    .prepare(),
);
const updateCountQuery = prepared((d) =>
  d
    .select({ n: count() })
    .from(workingGroupUpdates)
    .where(eq(workingGroupUpdates.workingGroupId, sql.placeholder("groupId")))
    .prepare(),
);

/** A group's updates, newest first, with the posting organisation's name (null: the secretariat). */
export function groupUpdates(groupId: number, limit: number, offset = 0) {
  return groupUpdatesQuery().all({ groupId, limit, offset });
}
const groupUpdatesQuery = prepared((d) =>
  d
    .select({ update: workingGroupUpdates, organisation: organisations.name })
    .from(workingGroupUpdates)
    .leftJoin(organisations, eq(organisations.id, workingGroupUpdates.organisationId))
    .where(eq(workingGroupUpdates.workingGroupId, sql.placeholder("groupId")))
    .orderBy(desc(workingGroupUpdates.publishedAt), desc(workingGroupUpdates.id))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(),
);

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
