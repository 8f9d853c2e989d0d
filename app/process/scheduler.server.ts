import { sendDisclosureReminders } from "~/models/disclosures.server";
import { sendReportReminders } from "~/models/pledge-reminders.server";
import { releaseLapsedHolds } from "~/models/registration-proof.server";
import { sendDueReminders } from "~/models/registration-reminders.server";
import { applyRetention } from "~/models/retention.server";
import { refreshQueryStatistics } from "~/utils/db.server";
import { forgetOldEmailRequests } from "~/utils/outbox.server";

let timer: NodeJS.Timeout | undefined;

/** Periodic work of the server process: seats held too long go back to the waiting list; event reminders (the day before; an hour before online events) the yearly reminder of a pledge's progress report, the retention schedule, and the query planner's statistics. */
export function startScheduler(everyMs = 60_000) {
  const tasks: [string, () => unknown][] = [
    ["lapsed seat holds", releaseLapsedHolds],
    ["event reminders", sendDueReminders],
    ["report reminders", sendReportReminders],
    ["disclosure reminders", sendDisclosureReminders],
    ["old email requests", forgetOldEmailRequests],
    ["retention", applyRetention],
    ["query statistics", () => refreshQueryStatistics()],
  ];
  const run = () => {
    for (const [name, task] of tasks) {
      try {
        task();
      } catch (error) {
        console.error(`scheduler: ${name} failed`, error);
      }
    }
  };
  run();
  timer ??= setInterval(run, everyMs);
  timer.unref();
}
