import type { TFunction } from "i18next";
import type { Env } from "~/utils/env.server";

type Retention = Pick<
  Env,
  "RETAIN_CANCELLED_REGISTRATIONS_DAYS" | "RETAIN_REGISTRATIONS_AFTER_EVENT_DAYS" | "RETAIN_CLOSED_ENDORSEMENTS_DAYS" | "RETAIN_EMAIL_BODIES_DAYS"
>;

/**
 * The retention periods the scheduler applies, each as a counted number of days in the page's
 * language («30 يوماً», «365 يوم»… «2 дня»): the periods are configurable, and a figure written
 * before a fixed word for "days" read wrong in Arabic or Russian for most of them.
 */
export function retentionPeriods(t: TFunction, e: Retention) {
  const days = (count: number) => t("privacy.days", { count });
  return {
    cancelled: days(e.RETAIN_CANCELLED_REGISTRATIONS_DAYS),
    afterEvent: days(e.RETAIN_REGISTRATIONS_AFTER_EVENT_DAYS),
    endorsements: days(e.RETAIN_CLOSED_ENDORSEMENTS_DAYS),
    emails: days(e.RETAIN_EMAIL_BODIES_DAYS),
  };
}
