import { eq } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import { write } from "~/utils/db.server";
import { registrationState } from "./events.server";
import { registrationOfToken } from "./registration-rows.server";
import { isTokenShaped } from "~/utils/tokens.server";
import { statusOnProof, typeAvailability } from "./participation-rules";
import { ensureParticipationTypes } from "./participation-types.server";
import { emailStatus } from "./registrant-emails.server";
import { seatedCount, someoneWaiting } from "./seats.server";
import { withdrawVisaRequest } from "./visa-withdrawal.server";
import { promoteFromWaitingList } from "./waiting-list.server";

/**
 * A registrant changes how they take part, by their manage link: only to a type with a free seat and
 * nobody waiting (a line is kept in registration order, and a newcomer from another line must not
 * pass the people in it; otherwise they cancel and register again). They leave their type (a seat
 * they had goes to that type's line) and are seated, or wait for approval where the type asks it.
 * Only while the event takes registrations: once its registration has closed (or the event has
 * begun), nobody moves into a seat the secretariat no longer offers.
 * One transaction; the email tells them where they now stand and names the new type.
 */
export function changeParticipationType(token: string, typeId: number, now = Date.now()): "changed" | "unavailable" {
  if (!isTokenShaped(token)) return "unavailable";
  return write((tx) => {
    const reg = registrationOfToken(tx, token);
    if (!reg || !reg.addressProven || !["confirmed", "waiting", "pending"].includes(reg.status) || reg.participationTypeId === typeId) return "unavailable";
    const event = tx.select().from(events).where(eq(events.id, reg.eventId)).get()!;
    if (event.status !== "published" || registrationState({ ...event, capacity: null }, 0, now).kind !== "open") return "unavailable";
    const target = ensureParticipationTypes(tx, event.id).find((t) => t.id === typeId);
    if (!target || target.invitationOnly) return "unavailable";
    const seated = seatedCount(tx, target.id);
    const availability = typeAvailability(target, seated, now);
    if (availability !== "open" || someoneWaiting(tx, target.id)) return "unavailable";
    const status = statusOnProof(target, {
      seated,
      someoneWaiting: false,
      heldForFocalPoint: event.delegatesNeedFocalPoint && reg.governmentDelegate,
    });
    const updated = tx
      .update(registrations)
      .set({ participationTypeId: target.id, status, confirmedAt: status === "confirmed" ? now : null, joinReminderSentAt: null, updatedAt: now })
      .where(eq(registrations.id, reg.id))
      .returning()
      .get();
    emailStatus(tx, updated, event, now, { type: target });
    if (target.mode === "online") withdrawVisaRequest(tx, reg.id);
    if (reg.status === "confirmed") promoteFromWaitingList(tx, event.id, now);
    return "changed";
  });
}
