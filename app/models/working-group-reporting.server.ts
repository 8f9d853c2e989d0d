/**
 * What a working group reports, by its co-leads or the secretariat: milestones (with the day each
 * was first done) and updates, each update emailed to the members who have not unsubscribed.
 */
import { and, eq } from "drizzle-orm";
import { milestones, partnerUsers, workingGroupMembers, workingGroups, workingGroupUpdates } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { asLang, pickTranslation, type Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { hashToken, linkToken } from "~/utils/tokens.server";
import { audit, groupUrl, type Actor } from "./working-group-desk.server";
import { todayUtc } from "./working-group-progress";
import type { MilestoneStatus } from "./working-group-types";

export type MilestoneInput = { title: string; lang: Lang; dueOn: string; status: MilestoneStatus; weight: number | null; evidenceUrl: string | null };
export type UpdateInput = { title: string; body: string; lang: Lang };

/** The day a milestone counts as done: kept from the first time, today when it is newly done. */
const completedOnFor = (status: MilestoneStatus, before: string | null, now: number) => (status === "done" ? (before ?? todayUtc(now)) : null);

/** Adds a milestone, or changes one of this group's; the completion date is kept when it is marked done. */
export function saveMilestone(groupId: number, id: number | null, input: MilestoneInput, actor: Actor, now = Date.now()) {
  return write((tx) => {
    if (id === null) {
      const completedOn = completedOnFor(input.status, null, now);
      const row = tx
        .insert(milestones)
        .values({ ...input, workingGroupId: groupId, completedOn, createdAt: now, updatedAt: now })
        .returning()
        .get();
      audit(tx, actor, "milestone-added", groupId, { milestoneId: row.id });
      return true;
    }
    const before = milestoneOf(tx, groupId, id);
    if (!before) return false;
    tx.update(milestones)
      .set({ ...input, completedOn: completedOnFor(input.status, before.completedOn, now), updatedAt: now })
      .where(eq(milestones.id, id))
      .run();
    audit(tx, actor, "milestone-changed", groupId, { milestoneId: id, status: input.status });
    return true;
  });
}

/** One of this group's milestones (another group's is not found). */
function milestoneOf(tx: Tx, groupId: number, id: number) {
  return tx
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.workingGroupId, groupId)))
    .get();
}

/** Marks progress on one of this group's milestones; marking it done again keeps the day it was first done. */
export function setMilestoneStatus(groupId: number, id: number, status: MilestoneStatus, actor: Actor, now = Date.now()) {
  return write((tx) => {
    const before = milestoneOf(tx, groupId, id);
    if (!before) return false;
    tx.update(milestones)
      .set({ status, completedOn: completedOnFor(status, before.completedOn, now), updatedAt: now })
      .where(eq(milestones.id, id))
      .run();
    audit(tx, actor, "milestone-changed", groupId, { milestoneId: id, status });
    return true;
  });
}

export function deleteMilestone(groupId: number, id: number, actor: Actor) {
  return write((tx) => {
    const row = tx
      .delete(milestones)
      .where(and(eq(milestones.id, id), eq(milestones.workingGroupId, groupId)))
      .returning()
      .get();
    if (row) audit(tx, actor, "milestone-deleted", groupId, { milestoneId: id, title: row.title });
    return Boolean(row);
  });
}

export function setUpdateEmails(groupId: number, organisationId: number, notify: boolean) {
  return write((tx) =>
    Boolean(
      tx
        .update(workingGroupMembers)
        .set({ notify })
        .where(and(eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.organisationId, organisationId)))
        .returning()
        .get(),
    ),
  );
}

/** The unsubscribe link of an update email: stops that organisation's update emails for that group. */
export function membershipByUnsubscribeToken(token: string) {
  return (
    db()
      .select({ membership: workingGroupMembers, group: workingGroups })
      .from(workingGroupMembers)
      .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.workingGroupId))
      .where(eq(workingGroupMembers.unsubscribeTokenHash, hashToken(token)))
      .get() ?? null
  );
}

export function unsubscribeByToken(token: string) {
  const hash = hashToken(token);
  const member = db().select({ notify: workingGroupMembers.notify }).from(workingGroupMembers).where(eq(workingGroupMembers.unsubscribeTokenHash, hash)).get();
  if (!member) return false;
  // Used again, the link writes nothing: the link never expires and takes no session or rate limit,
  // and every write drops the kept pages (decision 016).
  if (member.notify) write((tx) => tx.update(workingGroupMembers).set({ notify: false }).where(eq(workingGroupMembers.unsubscribeTokenHash, hash)).run());
  return true;
}

/** The unsubscribe link's token; only its hash is stored (a row from before hashing, or new, is given it here). */
function unsubscribeTokenFor(tx: Tx, memberId: number, stored: string): string {
  const token = linkToken("unsubscribe", memberId, 0);
  const hash = hashToken(token);
  if (stored !== hash) tx.update(workingGroupMembers).set({ unsubscribeTokenHash: hash }).where(eq(workingGroupMembers.id, memberId)).run();
  return token;
}

/** Posts an update and, in the same transaction, one email to each member who has not unsubscribed. */
export function postUpdate(groupId: number, input: UpdateInput, actor: Actor, now = Date.now()) {
  return write((tx) => {
    const group = tx.select().from(workingGroups).where(eq(workingGroups.id, groupId)).get();
    if (!group) return null;
    const row = tx
      .insert(workingGroupUpdates)
      .values({ ...input, workingGroupId: groupId, organisationId: actor.kind === "partner" ? actor.organisationId : null, publishedAt: now })
      .returning()
      .get();
    const recipients = tx
      .select({ user: partnerUsers, memberId: workingGroupMembers.id, stored: workingGroupMembers.unsubscribeTokenHash })
      .from(workingGroupMembers)
      .innerJoin(partnerUsers, eq(partnerUsers.organisationId, workingGroupMembers.organisationId))
      .where(and(eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.status, "accepted"), eq(workingGroupMembers.notify, true)))
      .all();
    for (const { user, memberId, stored } of recipients) {
      const lang = asLang(user.lang);
      const token = unsubscribeTokenFor(tx, memberId, stored);
      enqueueEmail(tx, {
        to: user.email,
        lang,
        template: "wg-update",
        props: {
          name: user.name,
          group: pickTranslation(group.name, lang).text,
          title: input.title,
          body: input.body,
          url: `${groupUrl(group, lang)}#update-${row.id}`,
          unsubscribeUrl: `${publicOrigin()}/${lang}/working-groups/unsubscribe/${token}`,
        },
      });
    }
    audit(tx, actor, "update-posted", groupId, { updateId: row.id });
    return row.id;
  });
}

/**
 * Corrects one of this group's updates: the public page and the feed show the corrected text and say
 * when; the emails already sent are not sent again. The text before is kept in the group's history.
 */
export function correctUpdate(groupId: number, id: number, input: UpdateInput, actor: Actor, now = Date.now()) {
  return write((tx) => {
    const where = and(eq(workingGroupUpdates.id, id), eq(workingGroupUpdates.workingGroupId, groupId));
    const before = tx.select().from(workingGroupUpdates).where(where).get();
    if (!before) return false;
    tx.update(workingGroupUpdates)
      .set({ ...input, correctedAt: now })
      .where(where)
      .run();
    audit(tx, actor, "update-corrected", groupId, { updateId: id, title: before.title, body: before.body });
    return true;
  });
}

/** Takes one of this group's updates off the public page and the feed; its text stays in the history. */
export function withdrawUpdate(groupId: number, id: number, actor: Actor) {
  return write((tx) => {
    const row = tx
      .delete(workingGroupUpdates)
      .where(and(eq(workingGroupUpdates.id, id), eq(workingGroupUpdates.workingGroupId, groupId)))
      .returning()
      .get();
    if (row) audit(tx, actor, "update-withdrawn", groupId, { updateId: id, title: row.title, body: row.body });
    return Boolean(row);
  });
}
