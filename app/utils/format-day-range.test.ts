import { describe, expect, it } from "vitest";
import { formatDayRange } from "./format";

const zurich = (y: number, m: number, d: number, h = 9) => Date.UTC(y, m - 1, d, h - 1);

describe("an event's days on a certificate or a visa letter", () => {
  it("writes Chinese ranges out as Chinese does, not as ICU's numeric fallback 2026/11/24 – 2026/11/25", () => {
    expect(formatDayRange("zh", zurich(2026, 11, 24), zurich(2026, 11, 25, 17), "Europe/Zurich")).toBe("2026年11月24日—11月25日");
    expect(formatDayRange("zh", zurich(2026, 12, 30), zurich(2027, 1, 2, 17), "Europe/Zurich")).toBe("2026年12月30日—2027年1月2日");
    expect(formatDayRange("zh", zurich(2026, 11, 24), zurich(2026, 11, 24, 17), "Europe/Zurich")).toBe("2026年11月24日");
  });

  it("keeps the other languages' own ranges", () => {
    expect(formatDayRange("fr", zurich(2026, 11, 24), zurich(2026, 11, 25, 17), "Europe/Zurich")).toBe("24–25 novembre 2026");
    expect(formatDayRange("ar", zurich(2026, 11, 24), zurich(2026, 11, 25, 17), "Europe/Zurich")).toBe("24–25 نوفمبر 2026");
  });
});
