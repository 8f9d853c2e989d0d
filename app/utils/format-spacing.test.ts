import { describe, expect, it } from "vitest";
import { joinSentences, signSpace } from "./format";

describe("spacing after a closing sign", () => {
  it("runs Chinese sentences on without a space, and spaces the others", () => {
    expect(joinSentences("zh", ["2021年：合计1,674 t CO2e。", "2022年：合计1,969 t CO2e。"])).toBe("2021年：合计1,674 t CO2e。2022年：合计1,969 t CO2e。");
    expect(joinSentences("fr", ["2021 : 1 674 t.", "2022 : 1 969 t."])).toBe("2021 : 1 674 t. 2022 : 1 969 t.");
    expect(signSpace("zh")).toBe("");
    expect(signSpace("ar")).toBe(" ");
  });
});
