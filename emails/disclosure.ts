import type { TFunction } from "i18next";
import type { Block, EmailContent } from "./layout";

export type DisclosureEmailProps = { name: string; year: number; comment: string; url: string };

function message(key: string) {
  return (t: TFunction, p: DisclosureEmailProps): EmailContent => ({
    subject: t(`${key}.subject`, { year: p.year }),
    heading: t("pledge.hello", { name: p.name }),
    blocks: [
      { kind: "p", text: t(`${key}.body`, { year: p.year }) },
      ...(p.comment ? [{ kind: "facts", items: [[t("pledge.comment"), p.comment]] } as Block] : []),
      { kind: "button", label: t("disclosureEmail.open"), url: p.url },
    ],
  });
}

export const disclosureReceived = message("disclosureReceived");
export const disclosurePublished = message("disclosurePublished");
export const disclosureChangesRequested = message("disclosureChangesRequested");
export const disclosureRejected = message("disclosureRejected");
export const disclosureDue = message("disclosureDue");
