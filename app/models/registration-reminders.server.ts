import { and, eq, gt, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { events, participationTypes, registrations } from "../../db/schema";
import { write, type Tx } from "~/utils/db.server";
import { emailRegistrant } from "./registrations.server";

const HOUR = 3_600_000;

/**
 * Reminders, each sent once to confirmed registrants: an hour before an online or hybrid event,
 * with the join link, to those holding an online seat; and the day before any event. Nobody is reminded by a window they registered
 * in (their confirmation has just told them everything), and whoever gets the hour's reminder does
 * not also get the day's.
 */
export function sendDueReminders(now = Date.now()): number {
  return write((tx) => {
    const confirmedBefore = (ms: number) => lte(sql`coalesce(${registrations.confirmedAt}, ${registrations.createdAt})`, sql`${events.startsAt} - ${ms}`);
    const upcoming = (within: number) =>
      and(eq(registrations.status, "confirmed"), eq(events.status, "published"), gt(events.startsAt, now), lte(events.startsAt, now + within));
    const due = (where: SQL | undefined) =>
      tx
        .select({ reg: registrations, event: events, type: participationTypes })
        .from(registrations)
        .innerJoin(events, eq(events.id, registrations.eventId))
        .leftJoin(participationTypes, eq(participationTypes.id, registrations.participationTypeId))
        .where(where)
        .limit(500)
        .all();

    const startingSoon = due(
      and(
        upcoming(HOUR),
        isNull(registrations.joinReminderSentAt),
        inArray(events.format, ["virtual", "hybrid"]),
        // The join link goes only to those holding an online seat (decision 013).
        or(eq(participationTypes.mode, "online"), and(isNull(participationTypes.id), inArray(events.format, ["virtual", "hybrid"]))),
        isNotNull(events.joinUrl),
        confirmedBefore(HOUR),
      ),
    );
    for (const { reg, event, type } of startingSoon) {
      tx.update(registrations)
        .set({ joinReminderSentAt: now, reminderSentAt: reg.reminderSentAt ?? now })
        .where(eq(registrations.id, reg.id))
        .run();
      emailRegistrant(tx, "registration-starting", reg, event, { type });
    }
    const dayBefore = due(and(upcoming(24 * HOUR), isNull(registrations.reminderSentAt), confirmedBefore(24 * HOUR)));
    for (const { reg, event, type } of dayBefore) {
      tx.update(registrations).set({ reminderSentAt: now }).where(eq(registrations.id, reg.id)).run();
      emailRegistrant(tx, "registration-reminder", reg, event, { type });
    }
    return startingSoon.length + dayBefore.length;
  });
}

/**
 * An event moved to a new date or time: its reminders go out again before the new one (called in the
 * edit's transaction). A day-before reminder already sent for the old date told of a day that is gone.
 */
export function remindAgain(tx: Tx, eventId: number) {
  tx.update(registrations).set({ reminderSentAt: null, joinReminderSentAt: null }).where(eq(registrations.eventId, eventId)).run();
}
