import type { TFunction } from "i18next";
import { paragraphs, type EmailContent } from "./layout";

export type MembershipEmailProps = { name: string; group: string; url: string; organisation?: string };
export type UpdateEmailProps = { name: string; group: string; title: string; body: string; url: string; unsubscribeUrl: string };

function membership(key: string) {
  return (t: TFunction, p: MembershipEmailProps): EmailContent => ({
    subject: t(`${key}.subject`, { group: p.group, organisation: p.organisation ?? "" }),
    heading: t("partner.hello", { name: p.name }),
    blocks: [
      { kind: "p", text: t(`${key}.body`, { group: p.group, organisation: p.organisation ?? "" }) },
      { kind: "button", label: t(`${key}.button`), url: p.url },
    ],
  });
}

export const wgJoinRequested = membership("wgJoinRequested");
export const wgJoinAccepted = membership("wgJoinAccepted");
export const wgJoinDeclined = membership("wgJoinDeclined");

/** A member's copy of a new update; the body is the co-lead's own words, paragraph by paragraph. */
export const wgUpdate = (t: TFunction, p: UpdateEmailProps): EmailContent => ({
  subject: t("wgUpdate.subject", { group: p.group, title: p.title }),
  // A letter like the others: the salutation first, then the update's own title and text.
  heading: t("greeting"),
  blocks: [
    { kind: "p", text: t("wgUpdate.intro", { group: p.group }) },
    { kind: "p", text: p.title, own: true },
    ...paragraphs(p.body),
    { kind: "button", label: t("wgUpdate.button"), url: p.url },
    { kind: "p", text: t("wgUpdate.why", { group: p.group }) },
    { kind: "link", label: t("wgUpdate.unsubscribe"), url: p.unsubscribeUrl },
  ],
});
