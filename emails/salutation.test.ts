import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";

// The emails to an address not yet confirmed greet no name, but open as the secretariat's letters do.
const formal = {
  ar: "حضرات السادة والسيدات،",
  zh: "尊敬的先生/女士：",
  en: "Dear Sir or Madam,",
  fr: "Madame, Monsieur,",
  ru: "Уважаемая госпожа, уважаемый господин!",
  es: "Muy Señora mía/Muy Señor mío:",
} as const;

describe("address-confirmation emails", () => {
  it.each(Object.entries(formal))("open with the formal salutation (%s)", (lang, salutation) => {
    const l = lang as keyof typeof formal;
    const registration = renderEmail("registration-verify", l, { eventTitle: "Scope 3", manageUrl: "https://example.org/m" });
    const endorsement = renderEmail("endorsement-verify", l, {
      name: "",
      organisation: "",
      declaration: "COP29 Declaration",
      declarationUrl: "https://example.org/d",
      verifyUrl: "https://example.org/v",
      withdrawUrl: "",
      reason: "",
    });
    for (const mail of [registration, endorsement]) {
      expect(mail.text).toContain(salutation);
      expect(mail.html).toContain(salutation);
    }
  });

  it("say in Chinese that the address was used, not that «someone» used it", () => {
    const mail = renderEmail("registration-verify", "zh", { eventTitle: "Scope 3", manageUrl: "https://example.org/m" });
    expect(mail.text).toContain("本电子邮件地址已用于在绿色数字行动门户网站上注册参加");
    expect(mail.text).not.toContain("有人");
  });
});
