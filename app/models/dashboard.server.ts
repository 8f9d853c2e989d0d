import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import { endorsements, events, organisations, outbox, pledges, registrations, workingGroupMembers } from "../../db/schema";
import { db } from "~/utils/db.server";
import { pledgeDirectoryPage } from "./pledge-directory.server";
import { beforeTheSecretariat } from "./partner-requests.server";

const count = (n: { n: number } | undefined) => n?.n ?? 0;

/**
 * What waits for the secretariat, one count per queue: each a plain SQL count, so the dashboard costs the same
 * however long the queues grow.
 */
export function secretariatWorkList(now = Date.now(), nextEvents = 5) {
  const n = sql<number>`count(*)`;
  const byStatus = db().select({ eventId: registrations.eventId, status: registrations.status, n }).from(registrations);
  const upcoming = db()
    .select({ id: events.id, slug: events.slug, title: events.title, startsAt: events.startsAt, timeZone: events.timeZone, capacity: events.capacity })
    .from(events)
    .where(and(eq(events.status, "published"), gte(events.endsAt, now)))
    .orderBy(asc(events.startsAt))
    .limit(nextEvents)
    .all();
  const seats = upcoming.length
    ? byStatus
        .where(
          inArray(
            registrations.eventId,
            upcoming.map((e) => e.id),
          ),
        )
        .groupBy(registrations.eventId, registrations.status)
        .all()
    : [];
  const seatsOf = (eventId: number, status: string) => seats.find((s) => s.eventId === eventId && s.status === status)?.n ?? 0;
  return {
    // Confirmed by the endorser's email, waiting for a reviewer's decision.
    endorsements: count(db().select({ n }).from(endorsements).where(eq(endorsements.status, "pending")).get()),
    partnerRequests: count(db().select({ n }).from(organisations).where(beforeTheSecretariat()).get()),
    pledgesToReview: count(db().select({ n }).from(pledges).where(eq(pledges.status, "in-review")).get()),
    overdueReports: pledgeDirectoryPage({ status: "late" }, 1, 1).total,
    joinRequests: count(db().select({ n }).from(workingGroupMembers).where(eq(workingGroupMembers.status, "requested")).get()),
    failedEmails: count(db().select({ n }).from(outbox).where(eq(outbox.status, "failed")).get()),
    events: upcoming.map((e) => ({
      ...e,
      taken: seatsOf(e.id, "confirmed"),
      // Awaiting the secretariat's approval: a seat is kept for them.
      held: seatsOf(e.id, "pending"),
      waiting: seatsOf(e.id, "waiting"),
    })),
  };
}
