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
});
