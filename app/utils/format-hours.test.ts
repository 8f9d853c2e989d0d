import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format";
import { formatTimeRange } from "./time";

const nine = Date.UTC(2026, 0, 5, 8); // 09:00 in Madrid
const noon = Date.UTC(2026, 0, 5, 11);

describe("hours written one way on a page", () => {
  it("Spanish: 9:00 in a single time as in a range, never 09:00", () => {
    const single = formatDateTime("es", nine, "Europe/Madrid");
    expect(single).toContain(" 9:00");
    expect(single).not.toContain("09:00");
    expect(formatTimeRange("es", nine, noon, "Europe/Madrid")).toContain("9:00–12:00");
  });

  it("French: 9 h and 9 h 30, as UN and ITU French write hours", () => {
    expect(formatDateTime("fr", nine, "Europe/Madrid")).toBe("5 janvier 2026 à 9\u00a0h UTC+1");
    expect(formatDateTime("fr", nine + 30 * 60_000, "Europe/Madrid")).toBe("5 janvier 2026 à 9\u00a0h\u00a030 UTC+1");
    expect(formatTimeRange("fr", nine, noon, "Europe/Madrid")).toContain("9\u00a0h\u202f–\u202f12\u00a0h UTC+1");
  });

  it("French: a range of hours never ends a line at its dash, a range of days still may", () => {
    expect(formatTimeRange("fr", nine, noon + 30 * 60_000, "Europe/Madrid")).toMatch(/9\u00a0h\u202f–\u202f12\u00a0h\u00a030 UTC/);
    const twoDays = formatTimeRange("fr", nine, noon + 86_400_000, "Europe/Madrid");
    expect(twoDays).toMatch(/UTC\+1\u2009–\u2009mardi/);
  });

  it("the other languages keep two digits in both", () => {
    for (const lang of ["en", "ru", "zh"] as const) {
      expect(formatDateTime(lang, nine, "Europe/Madrid")).toContain("09:00");
      expect(formatTimeRange(lang, nine, noon, "Europe/Madrid")).toContain("09:00");
    }
  });
});
