import { describe, expect, it } from "vitest";
import { chooseBaseYear, currentByYear, disclosureTotal, indexedSum, isTargetAsSteepAsPath, pathFactor, positionOnPath } from "./pathway";

describe("base year", () => {
  it("is 2020 when reported, even with 2019", () => expect(chooseBaseYear([2019, 2020, 2021])).toBe(2020));
  it("is the earliest year from 2019 on otherwise", () => expect(chooseBaseYear([2018, 2022, 2021])).toBe(2021));
  it("is 2019 when that is the earliest eligible year and 2020 is missing", () => expect(chooseBaseYear([2017, 2019, 2022])).toBe(2019));
  it("is missing when every year is before 2019", () => expect(chooseBaseYear([2015, 2018])).toBeNull());
});

describe("path interpolation", () => {
  it("is 1 at the base year and 0.55 in 2030", () => {
    expect(pathFactor(2020, 2020)).toBe(1);
    expect(pathFactor(2020, 2030)).toBeCloseTo(0.55);
  });
  it("is linear between base year and 2030", () => expect(pathFactor(2020, 2025)).toBeCloseTo(0.775));
  it("is linear from 2030 to zero in 2050", () => {
    expect(pathFactor(2020, 2040)).toBeCloseTo(0.275);
    expect(pathFactor(2020, 2050)).toBe(0);
    expect(pathFactor(2020, 2060)).toBe(0);
  });
  it("counts from a later base year", () => expect(pathFactor(2022, 2026)).toBeCloseTo(1 - (0.45 * 4) / 8));
});

describe("position on the path", () => {
  it("says above and by how much", () => {
    const p = positionOnPath([
      { year: 2020, total: 1000 },
      { year: 2022, total: 1000 },
    ])!;
    expect(p.kind).toBe("above");
    expect(p.pathValue).toBeCloseTo(910);
    expect(p.difference).toBeCloseTo(90);
    expect(p.share).toBeCloseTo(90 / 910);
  });
  it("says below when emissions fell faster", () =>
    expect(
      positionOnPath([
        { year: 2020, total: 1000 },
        { year: 2022, total: 800 },
      ])!.kind,
    ).toBe("below"));
  it("says on within one per cent", () =>
    expect(
      positionOnPath([
        { year: 2020, total: 1000 },
        { year: 2022, total: 915 },
      ])!.kind,
    ).toBe("on"));
  it("needs a later year than the base", () => expect(positionOnPath([{ year: 2021, total: 5 }])).toBeNull());
});

describe("pledge steepness", () => {
  it("a 45 % cut from 2020 to 2030 is as steep as the path", () =>
    expect(isTargetAsSteepAsPath({ baselineYear: 2020, baselineValue: 100, targetYear: 2030, targetValue: 55 })).toBe(true));
  it("a 30 % cut by 2030 is not", () =>
    expect(isTargetAsSteepAsPath({ baselineYear: 2020, baselineValue: 100, targetYear: 2030, targetValue: 70 })).toBe(false));
  it("net zero by 2040 is steeper", () =>
    expect(isTargetAsSteepAsPath({ baselineYear: 2020, baselineValue: 100, targetYear: 2040, targetValue: 0 })).toBe(true));
});

describe("indexing to base years", () => {
  it("sums each organisation against its own base year", () => {
    const rows = indexedSum([
      [
        { year: 2020, total: 100 },
        { year: 2021, total: 90 },
      ],
      [
        { year: 2021, total: 1000 },
        { year: 2022, total: 500 },
      ],
      [{ year: 2018, total: 50 }],
    ]);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(rows[1]!.index).toBeCloseTo((90 + 1000) / (100 + 1000));
    expect(rows[1]!.organisations).toBe(2);
    expect(rows[2]!.index).toBeCloseTo(0.5);
    expect(rows[0]!.path).toBe(1);
  });
});

describe("restatements", () => {
  it("the published restatement counts; the superseded figure does not", () => {
    const rows = currentByYear([
      { id: 1, year: 2022, status: "superseded", publishedAt: 1, total: 10 },
      { id: 2, year: 2022, status: "published", publishedAt: 2, total: 12 },
      { id: 3, year: 2023, status: "in-review", publishedAt: null, total: 99 },
    ]);
    expect(rows.map((r) => r.id)).toEqual([2]);
  });
  it("totals use market-based scope 2 when given", () => {
    expect(disclosureTotal({ scope1: 1, scope2Location: 10, scope2Market: 4, scope3: 100 })).toBe(105);
    expect(disclosureTotal({ scope1: 1, scope2Location: 10, scope2Market: null, scope3: 100 })).toBe(111);
  });
});
