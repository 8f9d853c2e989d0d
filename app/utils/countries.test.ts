import { describe, expect, it } from "vitest";
import { countries, countryLangs, isGovernmentCode, regionOf, unCountryName } from "./countries";
import { countryOptions, packedCountryOptions, unpackCountryOptions } from "./country-options";

describe("countries as the UN names them", () => {
  it("holds ITU's 193 Member States, the State of Palestine as observer, and areas apart", () => {
    const members = Object.keys(countries).filter((c) => countries[c][1] === "member");
    expect(members).toHaveLength(193);
    expect(countries.PS[1]).toBe("observer");
    expect(countries.VA[1]).toBe("member"); // the Holy See is an ITU Member State
    expect(countries.PW[1]).toBe("other"); // Palau is a UN, not an ITU, Member State
    for (const area of ["HK", "MO", "PR", "GL", "NC", "PF"]) expect(isGovernmentCode(area)).toBe(false);
    expect(isGovernmentCode("PS")).toBe(true);
  });

  it("names every country in all six languages, never by its code", () => {
    for (const [code, [, , names]] of Object.entries(countries))
      for (const lang of countryLangs) {
        expect(names[lang].trim().length, `${code}/${lang}`).toBeGreaterThan(1);
        expect(names[lang]).not.toBe(code);
      }
    // Names are distinct within a language: a select with two equal labels is a trap.
    for (const lang of countryLangs) expect(new Set(Object.values(countries).map(([, , n]) => n[lang])).size).toBe(Object.keys(countries).length);
  });

  it.each([
    [
      "RU",
      { en: "Russian Federation", fr: "Fédération de Russie", es: "Federación de Rusia", ru: "Российская Федерация", zh: "俄罗斯联邦", ar: "الاتحاد الروسي" },
    ],
    ["VN", { en: "Viet Nam", fr: "Viet Nam", es: "Viet Nam", ru: "Вьетнам", zh: "越南", ar: "فييت نام" }],
    ["IR", { en: "Iran (Islamic Republic of)", ru: "Иран (Исламская Республика)" }],
    ["KR", { en: "Republic of Korea", fr: "République de Corée", zh: "大韩民国", ar: "جمهورية كوريا" }],
    ["KP", { en: "Democratic People's Republic of Korea", es: "República Popular Democrática de Corea" }],
    ["TR", { en: "Türkiye", fr: "Türkiye", es: "Türkiye" }],
    ["PS", { en: "State of Palestine", ar: "دولة فلسطين", zh: "巴勒斯坦国" }],
    ["GB", { en: "United Kingdom of Great Britain and Northern Ireland", ru: "Соединенное Королевство Великобритании и Северной Ирландии" }],
    ["VA", { en: "Holy See", fr: "Saint-Siège" }],
  ])("%s reads as the UN writes it", (code, expected) => {
    for (const [lang, name] of Object.entries(expected)) expect(unCountryName(lang, code)).toBe(name);
  });

  it("keeps the ITU-D regions the portal already stores", () => {
    expect(regionOf("RU")).toBe("cis");
    expect(regionOf("EG")).toBe("arab-states");
    expect(regionOf("BR")).toBe("americas");
    expect(regionOf("XX")).toBeUndefined();
  });

  it("sorts with the page language's collation, Member States before observers and areas", () => {
    const fr = countryOptions("fr");
    const names = fr.filter((c) => c.status === "member").map((c) => c.name);
    expect(names.indexOf("Égypte")).toBeLessThan(names.indexOf("El Salvador"));
    expect(names.indexOf("Égypte")).toBeGreaterThan(names.indexOf("Dominique"));
    expect(fr.findIndex((c) => c.status === "observer")).toBe(193);
    const gov = countryOptions("ar", "governments");
    expect(gov).toHaveLength(194);
    expect(gov.map((c) => c.name)).toContain("الاتحاد الروسي");
    expect(gov.some((c) => c.code === "HK")).toBe(false);
  });

  it("sends the list to the browser as one string that reads back to the same list", () => {
    for (const lang of ["ar", "en", "es", "fr", "ru", "zh"] as const) {
      for (const scope of ["all", "governments"] as const) {
        const packed = packedCountryOptions(lang, scope);
        expect(typeof packed).toBe("string");
        expect(unpackCountryOptions(packed)).toEqual(countryOptions(lang, scope));
      }
    }
    expect(packedCountryOptions("ru").split("\n")[0]).toMatch(/^[A-Z]{2}\tmember\t\S/);
    expect(unpackCountryOptions("")).toEqual([]);
  });
});
