import type { TFunction } from "i18next";
import type { EmailContent } from "./layout";

export type StaffTestProps = { name: string; sentAt: string };

/** Lets the secretariat check that mail leaves the portal after a configuration change. */
export function staffTest(t: TFunction, p: StaffTestProps): EmailContent {
  return {
    subject: t("staffTest.subject"),
    heading: t("staffTest.heading", { name: p.name }),
    blocks: [{ kind: "p", text: t("staffTest.body", { sentAt: p.sentAt }) }],
  };
}
