import { describe, expect, it } from "vitest";
import { formatEventWhen, formatTimeRange, instantToZonedWallTime, isWallTime, zoneAbbreviation, zoneName, zonedWallTimeToInstant } from "./time";

describe("event time zones", () => {
  it("11 July 2023 15:00 in Geneva is 13:00 UTC and shows as CEST", () => {
    const start = zonedWallTimeToInstant("2023-07-11T15:00", "Europe/Zurich")!;
    expect(new Date(start).toISOString()).toBe("2023-07-11T13:00:00.000Z");
    expect(zoneAbbreviation("en", start, "Europe/Zurich")).toBe("CEST");
    const end = zonedWallTimeToInstant("2023-07-11T16:30", "Europe/Zurich")!;
    expect(formatTimeRange("en", start, end, "Europe/Zurich")).toMatch(/15:00\s*[–-]\s*16:30 CEST/);
  });

  it("a January event in Geneva shows CET, one hour from UTC", () => {
    const start = zonedWallTimeToInstant("2024-01-15T15:00", "Europe/Zurich")!;
    expect(new Date(start).toISOString()).toBe("2024-01-15T14:00:00.000Z");
    expect(zoneAbbreviation("en", start, "Europe/Zurich")).toBe("CET");
  });

  it("Baku and Dubai, which keep no summer time, convert at +4", () => {
    expect(new Date(zonedWallTimeToInstant("2024-11-16T10:00", "Asia/Baku")!).toISOString()).toBe("2024-11-16T06:00:00.000Z");
    expect(new Date(zonedWallTimeToInstant("2023-11-30T00:00", "Asia/Dubai")!).toISOString()).toBe("2023-11-29T20:00:00.000Z");
  });

  it("round-trips a wall-clock time through the zone, across the autumn change", () => {
    for (const local of ["2023-10-29T01:30", "2023-10-29T03:30", "2024-03-31T04:00", "2024-06-01T00:00"]) {
      expect(instantToZonedWallTime(zonedWallTimeToInstant(local, "Europe/Zurich")!, "Europe/Zurich")).toBe(local);
    }
  });

  it("rejects malformed input", () => {
    expect(zonedWallTimeToInstant("11/07/2023 15:00", "Europe/Zurich")).toBeNull();
  });
});

describe("formatEventWhen", () => {
  const cop29 = { startsAt: Date.parse("2024-11-15T20:00:00Z"), endsAt: Date.parse("2024-11-16T20:00:00Z"), timeZone: "Asia/Baku", dateOnly: true };
  it("writes the date alone when the sources give no time, in every language", () => {
    expect(formatEventWhen("en", cop29)).toBe("Saturday, 16 November 2024");
    expect(formatEventWhen("ru", cop29)).toBe("суббота, 16 ноября 2024 г.");
    expect(formatEventWhen("en", cop29, "UTC")).not.toMatch(/\d:\d\d/);
    // COP28's days in Dubai, stored from midnight to the midnight after the last day.
    const cop28 = { startsAt: Date.parse("2023-11-29T20:00:00Z"), endsAt: Date.parse("2023-12-12T20:00:00Z"), timeZone: "Asia/Dubai", dateOnly: true };
    expect(formatEventWhen("en", cop28)).toMatch(/^30 November\s–\s12 December 2023$/u);
    expect(formatEventWhen("zh", cop28)).toBe("2023年11月30日—12月12日");
    expect(formatEventWhen("zh", { ...cop28, endsAt: Date.parse("2024-01-02T20:00:00Z") })).toBe("2023年11月30日—2024年1月2日");
    expect(formatEventWhen("ar", cop28)).toMatch(/^30 نوفمبر\s–\s12 ديسمبر 2023$/u);
    expect(formatEventWhen("ar", cop28, "UTC")).not.toMatch(/\d:\d\d|29/);
  });
  it("writes hours in 24-hour form with the zone otherwise", () => {
    const workshop = { startsAt: Date.parse("2023-07-11T13:00:00Z"), endsAt: Date.parse("2023-07-11T14:30:00Z"), timeZone: "Europe/Zurich" };
    expect(formatEventWhen("en", workshop)).toBe("Tuesday, 11 July 2023, 15:00–16:30 CEST");
    expect(formatEventWhen("ar", workshop)).toContain("15:00");
  });

  it("names the zone in the reader's language, the same in summer and winter, not by its IANA id", () => {
    const summer = Date.parse("2023-07-11T13:00:00Z");
    const winter = Date.parse("2024-01-15T14:00:00Z");
    expect(zoneName("en", summer, "Europe/Zurich")).toBe("Central European Time");
    expect(zoneName("en", winter, "Europe/Zurich")).toBe("Central European Time");
    expect(zoneName("fr", summer, "Europe/Zurich")).toBe("heure d’Europe centrale");
    expect(zoneName("ar", summer, "Africa/Nairobi")).toBe("توقيت شرق أفريقيا");
    expect(zoneName("zh", summer, "Asia/Baku")).toBe("阿塞拜疆标准时间");
  });
});

describe("a wall-clock time typed into a form", () => {
  it("is a real day and time, not one that rolls over into another date", () => {
    expect(["2024-02-29T00:00", "2026-12-31T23:59", "2026-03-29T02:30"].every(isWallTime)).toBe(true);
    for (const bad of [
      "2026-02-29T10:00",
      "2026-02-30T10:00",
      "2026-99-99T99:99",
      "2026-01-01T24:00",
      "2026-01-01T10:60",
      "2026-00-10T10:00",
      "0050-01-01T10:00",
    ]) {
      expect(isWallTime(bad)).toBe(false);
      expect(zonedWallTimeToInstant(bad, "Europe/Zurich")).toBeNull();
    }
  });
});
