import { describe, expect, it } from "vitest";
import { dirOf, endonym, languageName, languages, negotiateLanguage, pickTranslation } from "./i18n";
import arCommon from "../../locales/ar/common.json";

describe("negotiateLanguage", () => {
  it("takes the highest-weighted language the portal has", () => {
    expect(negotiateLanguage("de-CH, fr;q=0.8, en;q=0.9")).toBe("en");
    expect(negotiateLanguage("ar-EG,ar;q=0.9")).toBe("ar");
    expect(negotiateLanguage("zh-Hans-CN")).toBe("zh");
  });
  it("falls back to English for unknown or missing headers", () => {
    expect(negotiateLanguage("de-DE, ja;q=0.5")).toBe("en");
    expect(negotiateLanguage(null)).toBe("en");
    expect(negotiateLanguage("ru;q=0")).toBe("en");
  });
});

describe("pickTranslation", () => {
  it("uses the visitor's language when present", () => {
    expect(pickTranslation({ en: "Events", fr: "Événements" }, "fr")).toEqual({ text: "Événements", lang: "fr", isFallback: false });
  });
  it("falls back to English first and says so", () => {
    expect(pickTranslation({ ru: "Циркуляр", en: "Circular" }, "ar")).toEqual({ text: "Circular", lang: "en", isFallback: true });
  });
  it("uses whatever language exists when English is missing", () => {
    expect(pickTranslation({ ru: "Циркуляр 114" }, "zh")).toEqual({ text: "Циркуляр 114", lang: "ru", isFallback: true });
  });
  it("treats blank values as missing", () => {
    expect(pickTranslation({ es: "  ", en: "Pledge" }, "es").lang).toBe("en");
  });
});

describe("direction and names", () => {
  it("marks only Arabic right-to-left", () => {
    expect(dirOf("ar")).toBe("rtl");
    expect(dirOf("zh")).toBe("ltr");
  });
  it("names each language in itself", () => {
    expect(endonym("ar")).toBe("العربية");
    expect(endonym("ru")).toBe("Русский");
  });
  it("names a language in Arabic as the portal's Arabic texts do, English as UN Arabic writes it", () => {
    expect(languageName("en", "ar")).toBe("الإنكليزية");
    for (const l of languages) expect(languageName(l, "ar")).toBe(arCommon.programme.language[l]);
    expect(languageName("en", "fr")).toBe("anglais");
  });
});
