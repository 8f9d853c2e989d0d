import { sendDueReminders } from "~/models/registrations.server";

let timer: NodeJS.Timeout | undefined;

/** Periodic work of the server process: reminders the day before each event. */
export function startScheduler(everyMs = 60_000) {
  const run = () => {
    try {
      sendDueReminders();
    } catch (error) {
      console.error("scheduler: reminders failed", error);
    }
  };
  run();
  timer ??= setInterval(run, everyMs);
  timer.unref();
}
