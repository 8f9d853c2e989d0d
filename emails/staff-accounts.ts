import type { TFunction } from "i18next";
import type { EmailContent } from "./layout";

export type StaffLinkProps = { name: string; role: string; url: string };

function message(key: "staffInvite" | "staffPasswordReset") {
  return (t: TFunction, p: StaffLinkProps): EmailContent => ({
    subject: t(`${key}.subject`),
    heading: t("staffTest.heading", { name: p.name }),
    blocks: [
      { kind: "p", text: t(`${key}.body`, { role: p.role }) },
      { kind: "button", label: t(`${key}.button`), url: p.url },
      { kind: "p", text: t(`${key}.expires`) },
    ],
  });
}

/** An administrator has opened a secretariat account for this person: choose a password. */
export const staffInvite = message("staffInvite");
/** "Forgot your password?" on the secretariat's sign-in page. */
export const staffPasswordReset = message("staffPasswordReset");
