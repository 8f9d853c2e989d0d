import type { TFunction } from "i18next";
import type { EmailContent } from "./layout";

export type PartnerEmailProps = { name: string; organisation: string; url: string };

function message(key: string, button: boolean) {
  return (t: TFunction, p: PartnerEmailProps): EmailContent => ({
    subject: t(`${key}.subject`, { organisation: p.organisation }),
    heading: t("partner.hello", { name: p.name }),
    blocks: [
      { kind: "p", text: t(`${key}.body`, { organisation: p.organisation }) },
      ...(button ? [{ kind: "button" as const, label: t(`${key}.button`), url: p.url }] : []),
    ],
  });
}

/**
 * The address given with a join request has not proven itself: only the portal's own words and
 * the link that puts the request before the secretariat, never the organisation or name typed.
 */
export const partnerRequestConfirm = (t: TFunction, p: { url: string }): EmailContent => ({
  subject: t("partnerRequestConfirm.subject"),
  heading: t("greeting"),
  blocks: [
    { kind: "p", text: t("partnerRequestConfirm.body") },
    { kind: "button", label: t("partnerRequestConfirm.button"), url: p.url },
    { kind: "p", text: t("partnerRequestConfirm.ignore") },
  ],
});
/** The acceptance signs the person in: its button is a single-use sign-in link, valid seven days. */
export const partnerAccepted = (t: TFunction, p: PartnerEmailProps): EmailContent => ({
  ...message("partnerAccepted", true)(t, p),
  blocks: [
    ...message("partnerAccepted", true)(t, p).blocks,
    { kind: "p", text: t("partnerAccepted.expires") },
    // What the new partner does next, so the welcome is not only a key.
    { kind: "p", text: t("partnerAccepted.next") },
  ],
});
/** A declined request's address never proved itself either: nothing the requester typed goes back to it. */
export const partnerDeclined = (t: TFunction): EmailContent => ({
  subject: t("partnerDeclined.subjectFixed"),
  heading: t("greeting"),
  blocks: [{ kind: "p", text: t("partnerDeclined.bodyFixed") }],
});
export const partnerSignIn = (t: TFunction, p: PartnerEmailProps): EmailContent => ({
  ...message("partnerSignIn", true)(t, p),
  blocks: [...message("partnerSignIn", true)(t, p).blocks, { kind: "p", text: t("partnerSignIn.expires") }],
});
