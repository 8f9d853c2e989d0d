import { describe, expect, it } from "vitest";
import { organisationNameIn, organisersIn } from "./organisers.server";

describe("organisersIn", () => {
  it("names ITU as each language does and keeps other organisations' names", () => {
    expect(organisersIn("ar", ["ITU", "GeSI"])).toBe("الاتحاد الدولي للاتصالات وGeSI");
    expect(organisersIn("fr", ["ITU", "GeSI"])).toBe("UIT et GeSI");
    expect(organisersIn("ru", ["ITU"])).toBe("МСЭ");
    expect(organisersIn("en", ["ITU", "GeSI", "UNEP"])).toBe("ITU, GeSI and UNEP");
  });

  it("gives ITU's full name in the page's language (its emissions page was headed in English in Arabic and Chinese)", () => {
    expect(organisationNameIn("ar", "International Telecommunication Union")).toBe("الاتحاد الدولي للاتصالات");
    expect(organisationNameIn("zh", "International Telecommunication Union")).toBe("国际电信联盟");
    expect(organisationNameIn("fr", "International Telecommunication Union")).toBe("Union internationale des télécommunications");
    expect(organisationNameIn("ar", "Orange SA")).toBe("Orange SA");
  });

  it("names the COP29 roundtable's other organisers as that event's own texts do in each language", () => {
    const cop29 = ["ITU", "COP29 Presidency (Azerbaijan)", "Ministry of Digital Development and Transport of the Republic of Azerbaijan"];
    expect(organisersIn("ar", cop29)).toContain("رئاسة مؤتمر الأطراف COP29 (أذربيجان)");
    expect(organisersIn("ar", cop29)).toContain("وزارة التنمية الرقمية والنقل في جمهورية أذربيجان");
    expect(organisersIn("fr", cop29)).toBe(
      "UIT, Présidence de la COP29 (Azerbaïdjan) et Ministère du développement numérique et des transports de la République d'Azerbaïdjan",
    );
    expect(organisersIn("en", cop29)).toBe(`ITU, ${cop29[1]} and ${cop29[2]}`);
  });
});
