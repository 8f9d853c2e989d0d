import { describe, expect, it } from "vitest";
import { expectedValue, gapClosed, isReportLate, pledgeProgress, type Target } from "./pledge-progress";

// Scope 1+2+3 emissions, 2020 baseline 1000 tCO2e, 45% lower by 2030 — lower is better.
const emissions: Target = { baselineYear: 2020, baselineValue: 1000, targetYear: 2030, targetValue: 550 };
// Share of renewable electricity, 30% in 2020 to 100% by 2030 — higher is better.
const renewables: Target = { baselineYear: 2020, baselineValue: 30, targetYear: 2030, targetValue: 100 };

describe("gap closed", () => {
  it("is the share of the baseline-to-target gap, in both directions", () => {
    expect(gapClosed(emissions, 775)).toBeCloseTo(0.5);
    expect(gapClosed(renewables, 65)).toBeCloseTo(0.5);
    expect(gapClosed(emissions, 1100)).toBeCloseTo(-100 / 450);
  });
  it("handles a target equal to the baseline", () => {
    expect(gapClosed({ ...emissions, targetValue: 1000 }, 1000)).toBe(1);
  });
});

describe("expected path", () => {
  it("is a straight line from baseline to target, held at the ends", () => {
    expect(expectedValue(emissions, 2025)).toBe(775);
    expect(expectedValue(emissions, 2019)).toBe(1000);
    expect(expectedValue(emissions, 2035)).toBe(550);
  });
});

describe("pledge status", () => {
  it("is not started without reports", () => {
    expect(pledgeProgress(emissions, []).status).toBe("not-started");
  });
  it("is on track at or ahead of the path, off track behind it (lower is better)", () => {
    expect(pledgeProgress(emissions, [{ year: 2022, value: 900 }]).status).toBe("on-track"); // path: 910
    expect(pledgeProgress(emissions, [{ year: 2022, value: 950 }]).status).toBe("off-track");
  });
  it("is on track at or ahead of the path, off track behind it (higher is better)", () => {
    expect(pledgeProgress(renewables, [{ year: 2025, value: 70 }]).status).toBe("on-track"); // path: 65
    expect(pledgeProgress(renewables, [{ year: 2025, value: 50 }]).status).toBe("off-track");
  });
  it("is achieved once the target is reached, capped at 100%", () => {
    expect(pledgeProgress(emissions, [{ year: 2027, value: 500 }])).toMatchObject({ status: "achieved", progress: 1 });
  });
  it("uses the latest year reported, whatever the order or the missing years", () => {
    const r = pledgeProgress(emissions, [
      { year: 2024, value: 800 },
      { year: 2021, value: 990 },
    ]);
    expect(r.latest).toEqual({ year: 2024, value: 800 });
    expect(r.progress).toBeCloseTo(200 / 450);
  });
  it("never shows negative progress when emissions grew", () => {
    expect(pledgeProgress(emissions, [{ year: 2021, value: 1100 }]).progress).toBe(0);
  });
});

describe("late reports", () => {
  it("is late when the past year has no report", () => {
    expect(isReportLate(2022, [{ year: 2023, value: 1 }], 2026)).toBe(true);
    expect(isReportLate(2022, [{ year: 2025, value: 1 }], 2026)).toBe(false);
  });
  it("is not late before the first full year has passed", () => {
    expect(isReportLate(2026, [], 2026)).toBe(false);
  });
  it("is not overdue the moment it is published: only once a full reporting year has passed since", () => {
    // Running since 2024, published in November 2026: nothing is overdue in 2026 or 2027.
    expect(isReportLate(2024, [], 2026, 2026)).toBe(false);
    expect(isReportLate(2024, [], 2027, 2026)).toBe(false);
    // In 2028 the report for 2027, the first full year after publication, is overdue.
    expect(isReportLate(2024, [], 2028, 2026)).toBe(true);
    expect(isReportLate(2024, [{ year: 2027, value: 1 }], 2028, 2026)).toBe(false);
  });
});
