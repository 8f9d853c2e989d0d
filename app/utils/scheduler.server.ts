import { sendDisclosureReminders } from "~/models/disclosures.server";
import { sendReportReminders } from "~/models/pledges.server";
import { sendDueReminders } from "~/models/registrations.server";

let timer: NodeJS.Timeout | undefined;

/** Periodic work of the server process: event reminders (the day before; an hour before online events) and the yearly reminder of a pledge's progress report. */
export function startScheduler(everyMs = 60_000) {
  const tasks: [string, () => unknown][] = [["event reminders", sendDueReminders], ["report reminders", sendReportReminders], ["disclosure reminders", sendDisclosureReminders]];
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
