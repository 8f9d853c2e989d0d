import { describe, expect, it } from "vitest";
import { pledgePeriod } from "./pledge-period.server";

describe("a pledge's period", () => {
  it("is one range when the pledge has an end date", () => {
    expect(pledgePeriod("en", { startsOn: "2023-12-01", endsOn: "2030-12-31" })).toBe("1 December 2023\u2009–\u200931 December 2030");
    expect(pledgePeriod("zh", { startsOn: "2023-12-01", endsOn: "2030-12-31" })).toBe("2023年12月1日—2030年12月31日");
  });

  it("runs from its start date when it has none, in the page's language", () => {
    expect(pledgePeriod("fr", { startsOn: "2023-12-01", endsOn: null })).toBe("À partir du 1er décembre 2023");
    expect(pledgePeriod("zh", { startsOn: "2023-12-01", endsOn: null })).toBe("自2023年12月1日起");
  });
});
