import { eq } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import { write } from "~/utils/db.server";
import { registrationOfToken } from "./registration-rows.server";
import type { RegistrantDetails } from "./registrations.server";

/**
 * Changes a registrant's details by the manage link, until the event ends. After that the name and
 * affiliation are what the attendance list and any certificate already vouch for.
 */
export function updateRegistrantDetails(token: string, details: RegistrantDetails, now = Date.now()): "updated" | "unchanged" | "ended" | "delegation-fixed" {
  return write((tx) => {
    const reg = registrationOfToken(tx, token);
    if (!reg || !["confirmed", "waiting", "pending", "held", "unverified"].includes(reg.status)) return "unchanged";
    const event = tx
      .select({ endsAt: events.endsAt, delegatesNeedFocalPoint: events.delegatesNeedFocalPoint })
      .from(events)
      .where(eq(events.id, reg.eventId))
      .get()!;
    if (event.endsAt <= now) return "ended";
    // A government's delegate stays with the Member State whose focal point decides on them: moved to
    // another, they would carry one focal point's approval into another's list.
    if (event.delegatesNeedFocalPoint && reg.governmentDelegate && details.country !== reg.country) return "delegation-fixed";
    tx.update(registrations)
      .set({ ...details, updatedAt: now })
      .where(eq(registrations.id, reg.id))
      .run();
    return "updated";
  });
}
