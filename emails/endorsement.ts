import type { TFunction } from "i18next";
import type { Block, EmailContent } from "./layout";

export type EndorsementEmailProps = {
  name: string;
  organisation: string;
  declaration: string;
  declarationUrl: string;
  verifyUrl: string;
  withdrawUrl: string;
  reason: string;
};

/** A message about an endorsement; one still standing tells how to withdraw it (a refused one does not: nothing is left to withdraw). */
function message(key: string, extra: (t: TFunction, p: EndorsementEmailProps) => Block[], withdrawable = true) {
  return (t: TFunction, p: EndorsementEmailProps): EmailContent => ({
    subject: t(`${key}.subject`, { declaration: p.declaration }),
    heading: t("endorsement.hello", { name: p.name }),
    blocks: [
      { kind: "p", text: t(`${key}.body`, { declaration: p.declaration, organisation: p.organisation }) },
      ...extra(t, p),
      ...(withdrawable
        ? [
            { kind: "p", text: t("endorsement.withdrawHint", { organisation: p.organisation }) } as const,
            { kind: "button", label: t("endorsement.withdraw"), url: p.withdrawUrl } as const,
          ]
        : []),
    ],
  });
}

/** To an address not yet proven: the portal's own words, the declaration's title and the link; nothing the sender typed. */
export const endorsementVerify = (t: TFunction, p: EndorsementEmailProps): EmailContent => ({
  subject: t("endorsementVerify.subject", { declaration: p.declaration }),
  heading: t("greeting"),
  blocks: [
    { kind: "p", text: t("endorsementVerify.bodyFixed", { declaration: p.declaration }) },
    { kind: "button", label: t("endorsementVerify.button"), url: p.verifyUrl },
    { kind: "p", text: t("endorsementVerify.expires") },
  ],
});
export const endorsementReceived = message("endorsementReceived", () => []);
export const endorsementReceivedFocalPoint = message("endorsementReceivedFocalPoint", () => []);
export const endorsementApproved = message("endorsementApproved", (t, p) => [
  { kind: "button", label: t("endorsementApproved.button"), url: p.declarationUrl },
]);
export const endorsementRejected = message("endorsementRejected", (t, p) => [{ kind: "facts", items: [[t("endorsementRejected.reason"), p.reason]] }], false);
/** Refused by the Member State's focal point, whose note (when they wrote one) is the reason. */
export const endorsementRefusedByFocalPoint = message(
  "endorsementRefusedByFocalPoint",
  (t, p) => (p.reason ? [{ kind: "facts", items: [[t("endorsementRejected.reason"), p.reason]] }] : []),
  false,
);

/** To whoever submitted a government's endorsement, when the Member State's focal point withdraws it. */
export const endorsementWithdrawnByFocalPoint = (t: TFunction, p: EndorsementEmailProps): EmailContent => ({
  subject: t("endorsementWithdrawnByFocalPoint.subject", { declaration: p.declaration }),
  heading: t("endorsement.hello", { name: p.name }),
  blocks: [{ kind: "p", text: t("endorsementWithdrawnByFocalPoint.body", { declaration: p.declaration, organisation: p.organisation }) }],
});
