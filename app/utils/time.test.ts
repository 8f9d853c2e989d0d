import { describe, expect, it } from "vitest";
import { formatTimeRange, instantToZonedWallTime, zoneAbbreviation, zonedWallTimeToInstant } from "./time";

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
