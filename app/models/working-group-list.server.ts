import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { milestones, organisations, pillars, pledges, workingGroupMembers, workingGroups } from "../../db/schema";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { milestoneCompletion, pledgeRollupFromTotals, todayUtc } from "./working-group-progress";

/**
 * The published working groups with what their cards show: co-leads, the number of members and the
 * two progress bars. Four queries whatever the number of groups, each returning a few rows: the
 * members are counted and the pledges totalled by SQLite (the group's own page lists them). What they
 * read is the same for every visitor and language until the next write, and kept so long
 * (memoUntilWrite, decision 016); milestones late by today's date are counted on each call.
 */
export function listPublishedWorkingGroups(now = Date.now()) {
  const { rows, memberCounts, coLeads, pledgeTotals, allMilestones } = memoThroughRegistrations("working-group-list", readGroups);
  const today = todayUtc(now);
  return rows.map((r) => ({
    ...r,
    memberCount: memberCounts.find((m) => m.groupId === r.id)?.n ?? 0,
    coLeads: coLeads.filter((c) => c.groupId === r.id).map((c) => c.name),
    completion: milestoneCompletion(
      allMilestones.filter((m) => m.groupId === r.id),
      today,
    ),
    pledgeRollup: pledgeRollupFromTotals(pledgeTotals.filter((p) => p.groupId === r.id)),
  }));
}

function readGroups() {
  const rows = db()
    .select({
      id: workingGroups.id,
      slug: workingGroups.slug,
      name: workingGroups.name,
      status: workingGroups.status,
      pillarId: workingGroups.pillarId,
      leadOrganisations: workingGroups.leadOrganisations,
      pillarNumber: pillars.number,
      pillarTitle: pillars.title,
    })
    .from(workingGroups)
    .innerJoin(pillars, eq(pillars.id, workingGroups.pillarId))
    .where(eq(workingGroups.published, true))
    .orderBy(asc(pillars.number), asc(workingGroups.id))
    .all();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return { rows, memberCounts: [], coLeads: [], pledgeTotals: [], allMilestones: [] };
  const accepted = and(inArray(workingGroupMembers.workingGroupId, ids), eq(workingGroupMembers.status, "accepted"));
  const memberCounts = db()
    .select({ groupId: workingGroupMembers.workingGroupId, n: count() })
    .from(workingGroupMembers)
    .where(accepted)
    .groupBy(workingGroupMembers.workingGroupId)
    .all();
  const coLeads = db()
    .select({ groupId: workingGroupMembers.workingGroupId, name: organisations.name })
    .from(workingGroupMembers)
    .innerJoin(organisations, eq(organisations.id, workingGroupMembers.organisationId))
    .where(and(accepted, eq(workingGroupMembers.role, "co-lead")))
    .orderBy(asc(organisations.name))
    .all();
  const pledgeTotals = db()
    .select({
      groupId: workingGroupMembers.workingGroupId,
      status: pledges.progressStatus,
      n: count(),
      // Each pledge's share of its gap closed, 0 to 1, as pledgeRollup counts it.
      closed: sql<number>`sum(min(1.0, max(0.0, ${pledges.progress})))`,
    })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.workingGroupId))
    .innerJoin(
      pledges,
      and(eq(pledges.organisationId, workingGroupMembers.organisationId), eq(pledges.pillarId, workingGroups.pillarId), eq(pledges.status, "published")),
    )
    .where(accepted)
    .groupBy(workingGroupMembers.workingGroupId, pledges.progressStatus)
    .all();
  const allMilestones = db()
    .select({ groupId: milestones.workingGroupId, dueOn: milestones.dueOn, status: milestones.status, weight: milestones.weight })
    .from(milestones)
    .where(inArray(milestones.workingGroupId, ids))
    .all();
  return { rows, memberCounts, coLeads, pledgeTotals, allMilestones };
}
