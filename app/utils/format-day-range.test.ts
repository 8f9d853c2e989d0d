import { describe, expect, it } from "vitest";
import { formatCalendarDayRange, formatDayRange } from "./format";

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

describe("a pledge's period, from its two calendar days", () => {
  it("is one range in the language, each day as it was typed whatever the time zone", () => {
    expect(formatCalendarDayRange("en", "2023-12-01", "2030-12-31")).toBe("1 December 2023\u2009–\u200931 December 2030");
    expect(formatCalendarDayRange("zh", "2023-12-01", "2030-12-31")).toBe("2023年12月1日—2030年12月31日");
    expect(formatCalendarDayRange("fr", "2024-01-01", "2024-12-31")).toBe("1er janvier\u2009–\u200931 décembre 2024");
  });
});
