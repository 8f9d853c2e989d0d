import type { TFunction } from "i18next";
import type { EmailContent } from "./layout";

export type CertificateEmailProps = { fullName: string; eventTitle: string; code: string; verifyUrl: string };
export type VisaLetterEmailProps = { fullName: string; eventTitle: string; manageUrl: string; reason?: string | null };

/** The certificate of participation travels as the attached PDF; the email says how anyone can check it. */
export const certificateIssued = (t: TFunction, p: CertificateEmailProps): EmailContent => ({
  subject: t("certificateIssued.subject", { eventTitle: p.eventTitle }),
  heading: t("certificateIssued.hello", { name: p.fullName }),
  blocks: [
    { kind: "p", text: t("certificateIssued.body", { eventTitle: p.eventTitle }) },
    { kind: "facts", items: [[t("certificateIssued.code"), p.code]] },
    { kind: "p", text: t("certificateIssued.verify") },
    { kind: "link", label: p.verifyUrl, url: p.verifyUrl },
  ],
});

export const visaLetterApproved = (t: TFunction, p: VisaLetterEmailProps): EmailContent => ({
  subject: t("visaLetterApproved.subject", { eventTitle: p.eventTitle }),
  heading: t("certificateIssued.hello", { name: p.fullName }),
  blocks: [
    { kind: "p", text: t("visaLetterApproved.body", { eventTitle: p.eventTitle }) },
    { kind: "link", label: t("visaLetterApproved.manage"), url: p.manageUrl },
  ],
});

export const visaLetterRefused = (t: TFunction, p: VisaLetterEmailProps): EmailContent => ({
  subject: t("visaLetterRefused.subject", { eventTitle: p.eventTitle }),
  heading: t("certificateIssued.hello", { name: p.fullName }),
  blocks: [
    { kind: "p", text: t("visaLetterRefused.body", { eventTitle: p.eventTitle }) },
    ...(p.reason ? [{ kind: "facts" as const, items: [[t("visaLetterRefused.reason"), p.reason]] as [string, string][] }] : []),
    { kind: "p", text: t("visaLetterRefused.contact") },
    { kind: "link", label: t("visaLetterApproved.manage"), url: p.manageUrl },
  ],
});
