import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { organisations, partnerSessions, partnerUsers, pledges, workingGroupMembers } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { recordChange } from "./audit.server";

/**
 * The secretariat's oversight of partner organisations. A rename waits for the secretariat (an
 * accepted organisation could otherwise show any name on public pages under ITU's banner); a
 * suspension ends the organisation's sessions and marks its published pledges and accepted
 * memberships suspended, which takes them off public pages; reinstating restores both.
 */
export function pendingRenames() {
  return db()
    .select({ id: organisations.id, name: organisations.name, proposedName: organisations.proposedName, country: organisations.country })
    .from(organisations)
    .where(isNotNull(organisations.proposedName))
    .all();
}

export function decideRename(orgId: number, accept: boolean, staffUserId: number) {
  return write((tx) => {
    const org = tx.select().from(organisations).where(eq(organisations.id, orgId)).get();
    if (!org?.proposedName) return false;
    tx.update(organisations)
      .set(accept ? { name: org.proposedName, proposedName: null } : { proposedName: null })
      .where(eq(organisations.id, orgId))
      .run();
    recordChange(tx, {
      staffUserId,
      action: accept ? "renamed" : "rename-declined",
      entity: "organisation",
      entityId: orgId,
      detail: { from: org.name, to: org.proposedName },
    });
    return true;
  });
}

/**
 * The secretariat corrects an organisation's type or country (a partner cannot: they place it on a
 * Member State's page). Only an accepted or suspended organisation; false for any other.
 */
export function correctOrganisationFacts(orgId: number, facts: { type: (typeof organisations.$inferSelect)["type"]; country: string }, staffUserId: number) {
  return write((tx) => {
    const org = tx.select().from(organisations).where(eq(organisations.id, orgId)).get();
    if (!org || (org.status !== "accepted" && org.status !== "suspended")) return false;
    tx.update(organisations).set(facts).where(eq(organisations.id, orgId)).run();
    recordChange(tx, {
      staffUserId,
      action: "updated",
      entity: "organisation",
      entityId: orgId,
      detail: { from: { type: org.type, country: org.country }, to: facts },
    });
    return true;
  });
}

export function suspendOrganisation(orgId: number, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const org = tx
      .update(organisations)
      .set({ status: "suspended", suspendedAt: now })
      .where(and(eq(organisations.id, orgId), eq(organisations.status, "accepted")))
      .returning()
      .get();
    if (!org) return false;
    const people = tx
      .select({ id: partnerUsers.id })
      .from(partnerUsers)
      .where(eq(partnerUsers.organisationId, orgId))
      .all()
      .map((p) => p.id);
    if (people.length) tx.delete(partnerSessions).where(inArray(partnerSessions.userId, people)).run();
    tx.update(pledges)
      .set({ status: "suspended", updatedAt: now })
      .where(and(eq(pledges.organisationId, orgId), eq(pledges.status, "published")))
      .run();
    tx.update(workingGroupMembers)
      .set({ status: "suspended" })
      .where(and(eq(workingGroupMembers.organisationId, orgId), eq(workingGroupMembers.status, "accepted")))
      .run();
    recordChange(tx, { staffUserId, action: "suspended", entity: "organisation", entityId: orgId });
    return true;
  });
}

export function reinstateOrganisation(orgId: number, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const org = tx
      .update(organisations)
      .set({ status: "accepted", suspendedAt: null })
      .where(and(eq(organisations.id, orgId), eq(organisations.status, "suspended")))
      .returning()
      .get();
    if (!org) return false;
    tx.update(pledges)
      .set({ status: "published", updatedAt: now })
      .where(and(eq(pledges.organisationId, orgId), eq(pledges.status, "suspended")))
      .run();
    tx.update(workingGroupMembers)
      .set({ status: "accepted" })
      .where(and(eq(workingGroupMembers.organisationId, orgId), eq(workingGroupMembers.status, "suspended")))
      .run();
    recordChange(tx, { staffUserId, action: "reinstated", entity: "organisation", entityId: orgId });
    return true;
  });
}
