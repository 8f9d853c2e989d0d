import { describe, expect, it } from "vitest";
import { getT } from "~/utils/i18n.server";
import { circularDesignation } from "./circular-designation";

describe("circularDesignation", () => {
  it("gives a TSB circular the designation of each language (glossary, term 3)", () => {
    const designations = Object.fromEntries(
      (["ar", "zh", "en", "fr", "ru", "es"] as const).map((lang) => [lang, circularDesignation("TSB Circular 114", getT(lang))]),
    );
    expect(designations).toEqual({
      ar: "الرسالة المعممة لمكتب تقييس الاتصالات (114)",
      zh: "电信标准化局第114号通函",
      en: "TSB Circular 114",
      fr: "Circulaire TSB 114",
      ru: "Циркуляр БСЭ 114",
      es: "Circular TSB 114",
    });
  });

  it("keeps a letter's symbol as it is in every language", () => {
    expect(circularDesignation("CL-24/63", getT("zh"))).toBe("CL-24/63");
    expect(circularDesignation("TSB Circular 114 rev. 1", getT("ar"))).toBe("TSB Circular 114 rev. 1");
  });
});
