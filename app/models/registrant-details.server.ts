import { eq } from "drizzle-orm";
import { events, focalPointDelegateDecisions, registrations } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { typeOfRegistration } from "./registrant-emails.server";
import { registrationOfToken } from "./registration-rows.server";
import type { RegistrantDetails } from "./registrations.server";

/**
 * Changes a registrant's details by the manage link, until the event ends. After that the name and
 * affiliation are what the attendance list and any certificate already vouch for.
 */
export function updateRegistrantDetails(
  token: string,
  details: RegistrantDetails,
  now = Date.now(),
): "updated" | "unchanged" | "ended" | "delegation-fixed" | "name-fixed" | "name-attended" {
  return write((tx) => {
    const reg = registrationOfToken(tx, token);
    if (!reg || !["confirmed", "waiting", "pending", "held", "unverified"].includes(reg.status)) return "unchanged";
    const event = tx
      .select({ endsAt: events.endsAt, delegatesNeedFocalPoint: events.delegatesNeedFocalPoint, requiresApproval: events.requiresApproval })
      .from(events)
      .where(eq(events.id, reg.eventId))
      .get()!;
    if (event.endsAt <= now) return "ended";
    // A government's delegate stays with the Member State whose focal point decides on them: moved to
    // another, they would carry one focal point's approval into another's list.
    if (event.delegatesNeedFocalPoint && reg.governmentDelegate && details.country !== reg.country) return "delegation-fixed";
    // A person someone approved (the secretariat, or the government's focal point), or checked in at the
    // door, stays that person: renamed, the approval or the certificate of attendance would pass to whoever
    // the new name is.
    const renamed = details.firstName !== reg.firstName || details.lastName !== reg.lastName;
    const fixedBy = renamed ? nameFixedBy(tx, reg, event) : null;
    if (fixedBy) return fixedBy === "attendance" ? "name-attended" : "name-fixed";
    tx.update(registrations)
      .set({ ...details, updatedAt: now })
      .where(eq(registrations.id, reg.id))
      .run();
    return "updated";
  });
}

type RegistrationRow = typeof registrations.$inferSelect;

/** What fixed this registrant's name: their attendance, checked in; their focal point; or the secretariat's approval of their place. */
function nameFixedBy(tx: Tx, reg: RegistrationRow, event: { delegatesNeedFocalPoint: boolean; requiresApproval: boolean }): NameFixedBy | null {
  if (reg.attendedAt !== null) return "attendance";
  if (event.delegatesNeedFocalPoint && reg.governmentDelegate) {
    const decided = tx
      .select({ decision: focalPointDelegateDecisions.decision })
      .from(focalPointDelegateDecisions)
      .where(eq(focalPointDelegateDecisions.registrationId, reg.id))
      .get();
    if (decided) return "approval";
  }
  const type = typeOfRegistration(tx, reg);
  const needsApproval = type ? type.requiresApproval : event.requiresApproval;
  return needsApproval && (reg.status === "confirmed" || reg.status === "waiting") ? "approval" : null;
}

export type NameFixedBy = "approval" | "attendance";

/** For the manage page: whether the name is shown as fixed (and by what) rather than offered for change. */
export const nameIsFixed = (reg: RegistrationRow, event: { delegatesNeedFocalPoint: boolean; requiresApproval: boolean }) =>
  db().transaction((tx) => nameFixedBy(tx, reg, event));
