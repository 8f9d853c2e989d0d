/**
 * The co-leads' and the secretariat's desk for one working group: who may act, membership and join
 * requests (milestones and updates: working-group-reporting.server). Every change names the group,
 * so an id from another group changes nothing.
 */
import { and, asc, count, eq, inArray, notInArray } from "drizzle-orm";
import { milestones, organisations, workingGroupMembers, workingGroups } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { asLang, pickTranslation } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { unusableTokenHash } from "~/utils/tokens.server";
import { recordChange, type HistoryAction } from "./audit.server";
import { peopleOfOrganisations } from "./partners.server";
import { groupUpdates } from "./working-groups.server";

/** Who acts on a group: the secretariat, or a person of a partner organisation (its co-lead or not). */
export type Actor = { kind: "staff"; staffUserId: number } | { kind: "partner"; organisationId: number; partnerUserId?: number };

type Group = typeof workingGroups.$inferSelect;
export const groupUrl = (g: Group, lang: string) => `${publicOrigin()}/${lang}/working-groups/${g.slug}`;
const deskUrl = (g: Group, lang: string) => `${publicOrigin()}/${lang}/partners/working-groups/${g.slug}`;

export function workingGroupById(id: number) {
  return db().select().from(workingGroups).where(eq(workingGroups.id, id)).get() ?? null;
}

export function membershipOf(groupId: number, organisationId: number) {
  return (
    db()
      .select()
      .from(workingGroupMembers)
      .where(and(eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.organisationId, organisationId)))
      .get() ?? null
  );
}

export const isCoLead = (m: { status: string; role: string } | null) => m?.status === "accepted" && m.role === "co-lead";

/** The secretariat manages every group; a partner only the groups it co-leads. */
export function canManageGroup(groupId: number, actor: Actor) {
  return actor.kind === "staff" || isCoLead(membershipOf(groupId, actor.organisationId));
}

const usersOf = (tx: Tx, organisationIds: number[]) => [...peopleOfOrganisations(tx, organisationIds).values()].flat();

/** Every change to a group is in its history, the co-leads' as well as the secretariat's. */
export function audit(tx: Tx, actor: Actor, action: HistoryAction, groupId: number, detail: Record<string, unknown>) {
  const who =
    actor.kind === "staff"
      ? { staffUserId: actor.staffUserId }
      : { partnerUserId: actor.partnerUserId, detail: { ...detail, organisationId: actor.organisationId } };
  recordChange(tx, { action, entity: "working-group", entityId: groupId, detail, ...who });
}

/**
 * A partner organisation asks to join; its co-leads are told by email. Asking again after a
 * decline or after leaving opens a new request; asking while a member changes nothing.
 */
export function requestToJoin(groupId: number, organisationId: number, message: string | null, now = Date.now()) {
  return write((tx) => {
    const group = tx
      .select()
      .from(workingGroups)
      .where(and(eq(workingGroups.id, groupId), eq(workingGroups.published, true)))
      .get();
    const org = tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), eq(organisations.status, "accepted")))
      .get();
    if (!group || !org) return "unavailable" as const;
    const existing = tx
      .select()
      .from(workingGroupMembers)
      .where(and(eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.organisationId, organisationId)))
      .get();
    if (existing && (existing.status === "accepted" || existing.status === "requested")) return existing.status;
    if (existing) {
      tx.update(workingGroupMembers)
        .set({ status: "requested", role: "member", message, requestedAt: now, decidedAt: null })
        .where(eq(workingGroupMembers.id, existing.id))
        .run();
    } else {
      tx.insert(workingGroupMembers)
        .values({ workingGroupId: groupId, organisationId, message, unsubscribeTokenHash: unusableTokenHash(), requestedAt: now })
        .run();
    }
    const coLeads = tx
      .select({ id: workingGroupMembers.organisationId })
      .from(workingGroupMembers)
      .where(and(eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.role, "co-lead"), eq(workingGroupMembers.status, "accepted")))
      .all();
    for (const u of usersOf(
      tx,
      coLeads.map((c) => c.id),
    )) {
      const lang = asLang(u.lang);
      enqueueEmail(tx, {
        to: u.email,
        lang,
        template: "wg-join-requested",
        props: { name: u.name, organisation: org.name, group: pickTranslation(group.name, lang).text, url: deskUrl(group, lang) },
      });
    }
    return "requested" as const;
  });
}

/** A co-lead or the secretariat accepts or declines a pending request; the organisation is told. */
export function decideMembership(groupId: number, membershipId: number, decision: "accepted" | "declined", actor: Actor, now = Date.now()) {
  return write((tx) => {
    const row = tx
      .update(workingGroupMembers)
      .set({ status: decision, decidedAt: now })
      .where(and(eq(workingGroupMembers.id, membershipId), eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.status, "requested")))
      .returning()
      .get();
    if (!row) return false;
    const group = tx.select().from(workingGroups).where(eq(workingGroups.id, groupId)).get()!;
    for (const u of usersOf(tx, [row.organisationId])) {
      const lang = asLang(u.lang);
      enqueueEmail(tx, {
        to: u.email,
        lang,
        template: decision === "accepted" ? "wg-join-accepted" : "wg-join-declined",
        props: { name: u.name, group: pickTranslation(group.name, lang).text, url: groupUrl(group, lang) },
      });
    }
    audit(tx, actor, `membership-${decision}`, groupId, { organisationId: row.organisationId });
    return true;
  });
}

/** The secretariat makes an accepted partner organisation a co-lead, a member already or not. */
export function appointCoLead(groupId: number, organisationId: number, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const org = tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), eq(organisations.status, "accepted")))
      .get();
    if (!org) return false;
    tx.insert(workingGroupMembers)
      .values({
        workingGroupId: groupId,
        organisationId,
        role: "co-lead",
        status: "accepted",
        unsubscribeTokenHash: unusableTokenHash(),
        requestedAt: now,
        decidedAt: now,
      })
      .onConflictDoUpdate({
        target: [workingGroupMembers.workingGroupId, workingGroupMembers.organisationId],
        set: { role: "co-lead", status: "accepted", decidedAt: now },
      })
      .run();
    audit(tx, { kind: "staff", staffUserId }, "co-lead-appointed", groupId, { organisationId });
    return true;
  });
}

/** The secretariat takes an organisation out of a group (it may ask to join again). */
export function removeMember(groupId: number, membershipId: number, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const row = tx
      .update(workingGroupMembers)
      .set({ status: "left", role: "member", decidedAt: now })
      .where(and(eq(workingGroupMembers.id, membershipId), eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.status, "accepted")))
      .returning()
      .get();
    if (row) audit(tx, { kind: "staff", staffUserId }, "member-removed", groupId, { organisationId: row.organisationId });
    return Boolean(row);
  });
}

/** A member organisation leaves of its own accord (a co-lead is relieved by the secretariat); it may ask to join again. */
export function leaveGroup(groupId: number, organisationId: number, partnerUserId: number, now = Date.now()) {
  return write((tx) => {
    const row = tx
      .update(workingGroupMembers)
      .set({ status: "left", decidedAt: now })
      .where(
        and(
          eq(workingGroupMembers.workingGroupId, groupId),
          eq(workingGroupMembers.organisationId, organisationId),
          eq(workingGroupMembers.status, "accepted"),
          eq(workingGroupMembers.role, "member"),
        ),
      )
      .returning()
      .get();
    if (row) audit(tx, { kind: "partner", organisationId, partnerUserId }, "member-left", groupId, {});
    return Boolean(row);
  });
}

/** Everything a co-lead or the secretariat works on for one group. */
export function groupDesk(groupId: number) {
  const people = db()
    .select({ membership: workingGroupMembers, organisation: organisations })
    .from(workingGroupMembers)
    .innerJoin(organisations, eq(organisations.id, workingGroupMembers.organisationId))
    .where(and(eq(workingGroupMembers.workingGroupId, groupId), inArray(workingGroupMembers.status, ["requested", "accepted"])))
    .orderBy(asc(workingGroupMembers.requestedAt))
    .all();
  return {
    requests: people.filter((p) => p.membership.status === "requested"),
    members: people.filter((p) => p.membership.status === "accepted"),
    milestones: db().select().from(milestones).where(eq(milestones.workingGroupId, groupId)).orderBy(asc(milestones.dueOn), asc(milestones.id)).all(),
    updates: groupUpdates(groupId, 5),
  };
}

/** Accepted partner organisations that are not co-leads of the group yet: whom the secretariat can appoint. */
export function appointableOrganisations(groupId: number) {
  const current = db()
    .select({ id: workingGroupMembers.organisationId })
    .from(workingGroupMembers)
    .where(and(eq(workingGroupMembers.workingGroupId, groupId), eq(workingGroupMembers.role, "co-lead"), eq(workingGroupMembers.status, "accepted")));
  return db()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.status, "accepted"), notInArray(organisations.id, current)))
    .orderBy(asc(organisations.name))
    .all();
}

/** A partner organisation's groups: where it is a member, co-lead, or has asked to join. */
export function membershipsOfOrganisation(organisationId: number) {
  return db()
    .select({ membership: workingGroupMembers, group: workingGroups })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.workingGroupId))
    .where(eq(workingGroupMembers.organisationId, organisationId))
    .all();
}

/** Pending join requests per group, for the secretariat's list. */
export function pendingRequestCounts() {
  const rows = db()
    .select({ groupId: workingGroupMembers.workingGroupId, n: count() })
    .from(workingGroupMembers)
    .where(eq(workingGroupMembers.status, "requested"))
    .groupBy(workingGroupMembers.workingGroupId)
    .all();
  return new Map(rows.map((r) => [r.groupId, r.n]));
}
