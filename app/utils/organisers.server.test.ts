import { describe, expect, it } from "vitest";
import { organisersIn } from "./organisers.server";

describe("organisersIn", () => {
  it("names ITU as each language does and keeps other organisations' names", () => {
    expect(organisersIn("ar", ["ITU", "GeSI"])).toBe("الاتحاد الدولي للاتصالات وGeSI");
    expect(organisersIn("fr", ["ITU", "GeSI"])).toBe("UIT et GeSI");
    expect(organisersIn("ru", ["ITU"])).toBe("МСЭ");
    expect(organisersIn("en", ["ITU", "GeSI", "UNEP"])).toBe("ITU, GeSI and UNEP");
  });
});
