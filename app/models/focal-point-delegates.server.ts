import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { events, focalPointDelegateDecisions, registrations } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { recordChange } from "./audit.server";
import type { FocalPoint } from "./focal-points.server";
import { freeSeats } from "./participation-rules";
import { emailRegistrant } from "./registrations.server";
import { typeOfRegistration } from "./registrant-emails.server";
import { updateRegistrationRow } from "./registration-rows.server";
import { promoteFromWaitingList } from "./waiting-list.server";
import { seatedCount } from "./seats.server";

/**
 * A Member State's government delegates on events that ask for its focal point's approval, by event
 * date. `focalPointDecision` is the focal point's own word, if given: an approved delegate of an event
 * that also needs the secretariat's approval is still "pending", but no longer waits for the focal point.
 */
export function delegatesOf(country: string) {
  return db()
    .select({
      id: registrations.id,
      status: registrations.status,
      firstName: registrations.firstName,
      lastName: registrations.lastName,
      organisation: registrations.organisation,
      jobTitle: registrations.jobTitle,
      email: registrations.email,
      createdAt: registrations.createdAt,
      eventId: events.id,
      eventSlug: events.slug,
      eventTitle: events.title,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      focalPointDecision: focalPointDelegateDecisions.decision,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(focalPointDelegateDecisions, eq(focalPointDelegateDecisions.registrationId, registrations.id))
    .where(
      and(
        eq(registrations.country, country),
        eq(registrations.governmentDelegate, true),
        eq(events.delegatesNeedFocalPoint, true),
        // Only people who proved their address, and not those who left: what a stranger typed about someone stays off the focal point's list.
        eq(registrations.addressProven, true),
        inArray(registrations.status, ["pending", "waiting", "confirmed", "rejected"]),
      ),
    )
    .orderBy(asc(events.startsAt), asc(registrations.lastName))
    .all();
}

/**
 * Whether the focal point may give this decision now: a first decision on a delegate waiting for
 * them, or, until the event starts, the reverse of their own earlier one (a delegate declined in
 * error, or one no longer on the delegation). A refusal by the secretariat after their approval stays
 * the secretariat's: their approval is then not reopened here.
 */
export function mayDecide(
  d: { status: string; focalPointDecision: "approved" | "declined" | null; startsAt: number },
  decision: "approve" | "decline",
  now = Date.now(),
) {
  if (d.focalPointDecision === null) return d.status === "pending";
  if (d.startsAt <= now) return false;
  if (decision === "approve") return d.focalPointDecision === "declined" && d.status === "rejected";
  return d.focalPointDecision === "approved" && ["pending", "waiting", "confirmed"].includes(d.status);
}

/**
 * The focal point approves (a seat when one is free, else the waiting list, as the secretariat's
 * approval does) or declines a delegate of their own government, or reverses their own decision
 * before the event (mayDecide); the registrant is emailed in their language in the same transaction.
 * Anyone else's registration is "not-found". "forwarded": approved, and the event also needs the
 * secretariat's approval, which the registrant now awaits.
 */
export function decideDelegate(
  fp: FocalPoint,
  registrationId: number,
  decision: "approve" | "decline",
  note: string | null,
  now = Date.now(),
): "done" | "forwarded" | "not-found" {
  return write((tx) => {
    const row = tx
      .select({ reg: registrations, event: events, earlier: focalPointDelegateDecisions.decision })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .leftJoin(focalPointDelegateDecisions, eq(focalPointDelegateDecisions.registrationId, registrations.id))
      .where(
        and(
          eq(registrations.id, registrationId),
          eq(registrations.country, fp.country),
          eq(registrations.governmentDelegate, true),
          eq(events.delegatesNeedFocalPoint, true),
        ),
      )
      .get();
    if (!row) return "not-found";
    const { reg, event } = row;
    // A cancelled event seats nobody: a focal point may still decline, not approve.
    if (event.status === "cancelled" && decision === "approve") return "not-found";
    const earlier = row.earlier ?? null;
    if (!mayDecide({ status: reg.status, focalPointDecision: earlier, startsAt: event.startsAt }, decision, now)) return "not-found";
    const set = (values: Partial<typeof registrations.$inferInsert>) => updateRegistrationRow(tx, reg.id, values, now);
    // The seat and the secretariat's approval are those of the delegate's participation type, as the
    // secretariat's own approval counts them (a row from before types follows its event).
    const type = typeOfRegistration(tx, reg);
    const needsSecretariat = type ? type.requiresApproval : event.requiresApproval;
    if (decision === "approve" && needsSecretariat && reg.status === "rejected") {
      // Reversing a refusal on an event the secretariat also approves: back to the secretariat's queue.
      set({ status: "pending" });
    } else if (decision === "approve" && !needsSecretariat) {
      const seat = type
        ? freeSeats(type, seatedCount(tx, type.id)) > 0
        : event.capacity === null ||
          tx
            .select({ n: sql<number>`count(*)` })
            .from(registrations)
            .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "confirmed")))
            .get()!.n < event.capacity;
      emailRegistrant(
        tx,
        seat ? "registration-confirmed" : "registration-waiting",
        set({
          status: seat ? "confirmed" : "waiting",
          confirmedAt: seat ? now : null,
        }),
        event,
        { focalPointNote: note, type },
      );
    } else if (decision === "decline") {
      emailRegistrant(tx, "registration-declined-by-focal-point", set({ status: "rejected", confirmedAt: null }), event, { focalPointNote: note });
      // A seat given back by a reversed approval goes to the next on the waiting list.
      if (reg.status === "confirmed") promoteFromWaitingList(tx, event.id, now);
    }
    // On an event that also needs the secretariat's approval, an approved delegate stays pending for it;
    // this row is what tells the focal point's list that it now waits for the secretariat, not for them.
    const values = {
      registrationId: reg.id,
      focalPointId: fp.id,
      decision: decision === "approve" ? ("approved" as const) : ("declined" as const),
      decidedAt: now,
    };
    tx.insert(focalPointDelegateDecisions).values(values).onConflictDoUpdate({ target: focalPointDelegateDecisions.registrationId, set: values }).run();
    recordChange(tx, {
      action: `delegate-${decision}`,
      entity: "registration",
      entityId: reg.id,
      detail: { focalPointId: fp.id, country: fp.country, note, ...(earlier ? { reverses: earlier } : {}) },
    });
    return decision === "approve" && needsSecretariat ? "forwarded" : "done";
  });
}
