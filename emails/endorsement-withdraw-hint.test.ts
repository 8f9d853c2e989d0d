import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";

// A government endorses too: the withdrawal hint names the entity the endorsement was given for,
// as the rest of the email does, rather than calling every endorser "your organisation".
const yourOrganisation = {
  en: "your organisation",
  fr: "votre organisation",
  es: "su organización",
  ru: "Ваша организация",
  zh: "贵机构",
} as const;

describe("the withdrawal hint of an endorsement email", () => {
  it.each(Object.entries(yourOrganisation))("names the endorsing entity (%s)", (lang, phrase) => {
    const mail = renderEmail("endorsement-received-focal-point", lang as keyof typeof yourOrganisation, {
      name: "Amina Diallo",
      organisation: "Government of Senegal",
      declaration: "COP29 Declaration on Green Digital Action",
      declarationUrl: "https://example.org/d",
      verifyUrl: "",
      withdrawUrl: "https://example.org/w",
      reason: "",
    });
    expect(mail.text).toContain("https://example.org/w");
    expect(mail.text.split("Government of Senegal").length).toBeGreaterThan(2);
    expect(mail.text).not.toContain(phrase);
  });
});
