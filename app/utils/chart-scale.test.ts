import { describe, expect, it } from "vitest";
import { niceTop, valueRange } from "./chart-scale";

describe("the top of a chart's value axis", () => {
  it("is a round number above the largest value, whose half is round too", () => {
    expect(niceTop(1000)).toBe(1200);
    expect(niceTop(1100)).toBe(1200);
    expect(niceTop(1969)).toBe(2500); // ITU's 2022 emissions, in tonnes
    expect(niceTop(62_500.3)).toBe(80_000);
    expect(niceTop(18_005_750)).toBe(20_000_000);
    expect(niceTop(0.55)).toBe(0.6);
    for (const v of [3, 47, 950, 123_456]) {
      const top = niceTop(v);
      expect(top).toBeGreaterThanOrEqual(v * 1.05);
      expect(top).toBeLessThan(v * 1.05 * 1.34); // never more than a third of the chart left empty
    }
  });

  it("is 1 for an empty or meaningless series", () => {
    expect(niceTop(0)).toBe(1);
    expect(niceTop(-5)).toBe(1);
    expect(niceTop(Number.NaN)).toBe(1);
    expect(niceTop(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe("the value axis of a pledge's chart", () => {
  it("has two different ends whatever the values, so nothing is drawn at NaN", () => {
    for (const values of [
      [-10, -11],
      [-1000, 0],
      [5, -3],
      [0, 0],
      [12_500, 6_875, 7_500],
    ]) {
      const { min, max } = valueRange(values);
      expect(max).toBeGreaterThan(min);
      for (const v of values) {
        expect(v).toBeGreaterThanOrEqual(min);
        expect(v).toBeLessThanOrEqual(max);
      }
    }
    expect(valueRange([-10, -11])).toEqual({ min: -11, max: 1.1 });
    expect(valueRange([12_500, 6_875])).toEqual({ min: 0, max: niceTop(12_500) });
  });
});
