import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatCalendarDayRange, formatDate, formatDateTime, formatDayRange } from "./format";
import { formatEventDay, formatEventWhen, formatTimeRange } from "./time";

const utc = (y: number, m: number, d: number, h = 12, mi = 0) => Date.UTC(y, m - 1, d, h, mi);

describe("French writes the first day of a month as «1er», and hours as «10 h»", () => {
  it("in a date alone, with or without its weekday and hour", () => {
    expect(formatDate("fr", utc(2026, 12, 1))).toBe("1er décembre 2026");
    expect(formatCalendarDate("fr", "2024-01-01")).toBe("1er janvier 2024");
    expect(formatEventDay("fr", utc(2026, 12, 1), "UTC")).toBe("mardi 1er décembre 2026");
    expect(formatDateTime("fr", utc(2026, 12, 1, 1, 1))).toBe("1er décembre 2026 à 1\u00a0h\u00a001 UTC");
  });

  it("in a range of days, at either end", () => {
    expect(formatDayRange("fr", utc(2026, 12, 1, 0), utc(2026, 12, 4, 0), "UTC")).toBe("1er–3 décembre 2026");
    expect(formatDayRange("fr", utc(2026, 11, 30, 0), utc(2026, 12, 2, 0), "UTC")).toBe("30 novembre\u2009–\u20091er décembre 2026");
    expect(formatCalendarDayRange("fr", "2024-01-01", "2024-12-31")).toBe("1er janvier\u2009–\u200931 décembre 2024");
    expect(formatEventWhen("fr", { startsAt: utc(2026, 12, 1, 0), endsAt: utc(2026, 12, 2, 0), timeZone: "UTC", dateOnly: true })).toBe(
      "mardi 1er décembre 2026",
    );
  });

  it("in an event's hours, on one day or across two", () => {
    expect(formatTimeRange("fr", utc(2026, 12, 1, 10), utc(2026, 12, 1, 12), "UTC")).toBe("mardi 1er décembre 2026, 10\u00a0h\u202f–\u202f12\u00a0h UTC");
    expect(formatTimeRange("fr", utc(2026, 11, 30, 10), utc(2026, 12, 1, 12), "UTC")).toBe(
      "lundi 30 novembre 2026 à 10\u00a0h UTC\u2009–\u2009mardi 1er décembre 2026 à 12\u00a0h UTC",
    );
  });

  it("leaves every other day, and every other language, as Intl writes them", () => {
    expect(formatDate("fr", utc(2026, 12, 11))).toBe("11 décembre 2026");
    expect(formatDate("fr", utc(2026, 12, 21))).toBe("21 décembre 2026");
    expect(formatDate("fr", utc(2026, 12, 31))).toBe("31 décembre 2026");
    expect(formatDate("en", utc(2026, 12, 1))).toBe("1 December 2026");
    expect(formatDate("ru", utc(2026, 12, 1))).toBe("1 декабря 2026 г.");
    expect(formatDate("es", utc(2026, 12, 1))).toBe("1 de diciembre de 2026");
  });
});
