import { and, eq, lte, or } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import { writeRegistrations } from "~/utils/data-version.server";
import { env } from "~/utils/env.server";
import { isTokenShaped } from "~/utils/tokens.server";
import { statusOnProof } from "./participation-rules";
import { emailStatus, typeOfRegistration } from "./registrant-emails.server";
import type { RegistrationStatus } from "./registrations.server";
import { seatedCount, someoneWaiting } from "./seats.server";
import { promoteFromWaitingList } from "./waiting-list.server";
import { registrationOfToken } from "./registration-rows.server";

/** "cancelled": the event was called off, so the proof seats nobody and sends nothing. */
export type ProofOutcome = "proven" | "already" | "expired" | "cancelled" | "unknown";

/**
 * The registrant pressed the button on the page the emailed link opened: the address is theirs,
 * and the registration now counts. A held seat becomes theirs; someone in line keeps their place;
 * one who held nothing is seated if a seat is free and nobody waits, else joins the line (or, for
 * an event with approval, waits for the secretariat). Only now does the full email go.
 */
export function verifyRegistration(token: string, now = Date.now()): ProofOutcome {
  if (!isTokenShaped(token)) return "unknown";
  return writeRegistrations((tx) => {
    const reg = registrationOfToken(tx, token);
    if (!reg) return "unknown";
    if (reg.status === "expired") return "expired";
    if (reg.addressProven || reg.status === "cancelled" || reg.status === "rejected") return "already";
    const event = tx.select().from(events).where(eq(events.id, reg.eventId)).get()!;
    // Called off: no seat to take, and no confirmation (nor code for the door) to send.
    if (event.status === "cancelled") return "cancelled";
    let status: RegistrationStatus = reg.status;
    if (reg.status === "held") status = "confirmed";
    else if (reg.status === "unverified") {
      // The type's own seats, line and approval rule decide (a row from before types: the event's).
      const type = typeOfRegistration(tx, reg) ?? { ...event, opensAt: null, closesAt: null, invitationOnly: false };
      const typeId = reg.participationTypeId;
      status = statusOnProof(type, {
        seated: typeId === null ? 0 : seatedCount(tx, typeId),
        someoneWaiting: typeId !== null && someoneWaiting(tx, typeId),
        heldForFocalPoint: event.delegatesNeedFocalPoint && reg.governmentDelegate,
      });
    }
    const updated = tx
      .update(registrations)
      .set({ status, addressProven: true, holdExpiresAt: null, confirmedAt: status === "confirmed" ? now : null, updatedAt: now })
      .where(eq(registrations.id, reg.id))
      .returning()
      .get();
    // A delegate waiting for their government's focal point is told so, not that the secretariat decides.
    emailStatus(tx, updated, event, now);
    return "proven";
  });
}

/**
 * Seats held for addresses nobody proved in time go back to the waiting list, in order (run by the
 * scheduler). Places in the line lapse the same way: one whose address is not proven within
 * SEAT_HOLD_MINUTES of registering leaves it, so that made-up addresses added an hour at a time
 * cannot stand between a freed seat and the proven people behind them. Returns how many lapsed.
 */
export function releaseLapsedHolds(now = Date.now()): number {
  const lineSince = now - env().SEAT_HOLD_MINUTES * 60_000;
  return writeRegistrations((tx) => {
    const lapsed = tx
      .update(registrations)
      .set({ status: "expired", holdExpiresAt: null, updatedAt: now })
      .where(
        or(
          and(eq(registrations.status, "held"), lte(registrations.holdExpiresAt, now)),
          and(eq(registrations.status, "waiting"), eq(registrations.addressProven, false), lte(registrations.createdAt, lineSince)),
        ),
      )
      .returning({ eventId: registrations.eventId })
      .all();
    for (const eventId of new Set(lapsed.map((r) => r.eventId))) promoteFromWaitingList(tx, eventId, now);
    return lapsed.length;
  });
}
