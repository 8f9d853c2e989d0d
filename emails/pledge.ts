import type { TFunction } from "i18next";
import type { Block, EmailContent } from "./layout";

export type PledgeEmailProps = {
  name: string;
  title: string;
  comment: string;
  url: string;
  /** The year a progress report is due for (report reminders). */
  year?: number;
};

function message(key: string) {
  return (t: TFunction, p: PledgeEmailProps): EmailContent => ({
    subject: t(`${key}.subject`, { title: p.title, year: p.year ?? "" }),
    heading: t("pledge.hello", { name: p.name }),
    blocks: [
      { kind: "p", text: t(`${key}.body`, { title: p.title, year: p.year ?? "" }) },
      ...(p.comment ? [{ kind: "facts", items: [[t("pledge.comment"), p.comment]] } as Block] : []),
      { kind: "button", label: t("pledge.open"), url: p.url },
    ],
  });
}

export const pledgeReceived = message("pledgeReceived");
export const pledgePublished = message("pledgePublished");
export const pledgeChangesRequested = message("pledgeChangesRequested");
export const pledgeRejected = message("pledgeRejected");
export const pledgeWithdrawn = message("pledgeWithdrawn");
export const pledgeReportDue = message("pledgeReportDue");
