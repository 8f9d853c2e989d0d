import type { TFunction } from "i18next";
import type { EmailContent } from "./layout";

export type FocalPointEmailProps = {
  name: string;
  country: string;
  url: string;
};

export const focalPointSignIn = (t: TFunction, p: FocalPointEmailProps): EmailContent => ({
  subject: t("focalPointSignIn.subject", { country: p.country }),
  heading: t("partner.hello", { name: p.name }),
  blocks: [
    { kind: "p", text: t("focalPointSignIn.body", { country: p.country }) },
    { kind: "button", label: t("focalPointSignIn.button"), url: p.url },
    { kind: "p", text: t("focalPointSignIn.expires") },
  ],
});

/** Sent when the secretariat designates a focal point: what the role is and how to sign in. */
export const focalPointDesignated = (t: TFunction, p: FocalPointEmailProps & { waitingUntil?: string }): EmailContent => ({
  subject: t("focalPointDesignated.subject", { country: p.country }),
  heading: t("partner.hello", { name: p.name }),
  blocks: [
    { kind: "p", text: t("focalPointDesignated.body", { country: p.country }) },
    { kind: "p", text: t("focalPointDesignated.role") },
    // Endorsements that reached the portal before there was a focal point wait for them from today.
    ...(p.waitingUntil ? [{ kind: "p" as const, text: t("focalPointDesignated.waiting", { date: p.waitingUntil }) }] : []),
    { kind: "p", text: t("focalPointDesignated.how") },
    { kind: "button", label: t("focalPointDesignated.button"), url: p.url },
  ],
});

/** `deadline`: the day their wait ends (absent from emails queued before there was one). */
export type FocalPointEndorsementProps = FocalPointEmailProps & { declaration: string; deadline?: string };

/**
 * Sent to each focal point of a Member State when an endorsement in its government's name has been confirmed by
 * email: it waits for their decision, and the secretariat does not see it before. Nothing the sender typed is in it.
 */
export const focalPointEndorsementAwaits = (t: TFunction, p: FocalPointEndorsementProps): EmailContent => ({
  subject: t("focalPointEndorsementAwaits.subject", { declaration: p.declaration }),
  heading: t("partner.hello", { name: p.name }),
  blocks: [
    { kind: "p", text: t("focalPointEndorsementAwaits.body", { declaration: p.declaration, country: p.country }) },
    ...(p.deadline ? [{ kind: "p" as const, text: t("focalPointEndorsementAwaits.deadline", { date: p.deadline }) }] : []),
    { kind: "p", text: t("focalPointDesignated.how") },
    { kind: "button", label: t("focalPointDesignated.button"), url: p.url },
  ],
});

/**
 * Sent to each focal point of a Member State when a delegate of its government has proven their address for an
 * event whose delegates need the focal point's approval: nobody else may decide it. Nothing the registrant typed.
 */
export const focalPointDelegateAwaits = (t: TFunction, p: FocalPointEmailProps & { event: string }): EmailContent => ({
  subject: t("focalPointDelegateAwaits.subject", { event: p.event }),
  heading: t("partner.hello", { name: p.name }),
  blocks: [
    { kind: "p", text: t("focalPointDelegateAwaits.body", { event: p.event, country: p.country }) },
    { kind: "p", text: t("focalPointDesignated.how") },
    { kind: "button", label: t("focalPointDesignated.button"), url: p.url },
  ],
});
