import { and, eq, isNull, lt, lte, or } from "drizzle-orm";
import { pledges } from "../../db/schema";
import { write } from "~/utils/db.server";
import { reportMissingFor } from "./pledge-directory.server";
import { peopleOfOrganisations } from "./partners.server";
import { emailOrganisation } from "./pledges.server";

const DAY = 86_400_000;
/** A pledge published less than this long ago is not reminded yet: its publication email has just asked for reports. */
export const REMINDER_GRACE_MS = 30 * DAY;

/**
 * Once a calendar year, the people of an organisation whose published pledge has no progress
 * report for last year are reminded, each in their own language. Runs from the scheduler; a
 * batch at a time, each pledge marked in the same transaction as its emails.
 */
export function sendReportReminders(now = Date.now(), batch = 200): number {
  const year = new Date(now).getUTCFullYear();
  return write((tx) => {
    const due = tx
      .select()
      .from(pledges)
      .where(
        and(
          eq(pledges.status, "published"),
          reportMissingFor(year - 1),
          or(isNull(pledges.reportRemindedYear), lt(pledges.reportRemindedYear, year)),
          lte(pledges.publishedAt, now - REMINDER_GRACE_MS),
        ),
      )
      .orderBy(pledges.id)
      .limit(batch)
      .all();
    // The people of every organisation in the batch in one query, not one per pledge.
    const people = peopleOfOrganisations(
      tx,
      due.map((p) => p.organisationId),
    );
    for (const pledge of due) {
      tx.update(pledges).set({ reportRemindedYear: year }).where(eq(pledges.id, pledge.id)).run();
      emailOrganisation(tx, "pledge-report-due", pledge, year - 1, people);
    }
    return due.length;
  });
}
