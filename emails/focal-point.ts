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
