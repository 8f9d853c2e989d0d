import { describe, expect, it } from "vitest";
import { pledgeSchema, reportSchema } from "./form.server";

const PledgeSchema = pledgeSchema("en", [1, 2, 3, 4, 5, 6]);
const ReportSchema = reportSchema("en");

const pledge = {
  pillarId: "1",
  kind: "emissions-reduction",
  title: "Cut emissions",
  description: "D",
  lang: "en",
  metric: "tCO2e",
  unit: "t",
  baselineYear: "2020",
  baselineValue: "1000",
  targetYear: "2030",
  targetValue: "500",
  startsOn: "2024-01-01",
  endsOn: "",
};

describe("figures in pledges and progress reports have sensible bounds", () => {
  it("refuses a pillar that is not offered with a field error (it was a foreign-key failure, a 500)", () => {
    const r = PledgeSchema.safeParse({ ...pledge, pillarId: "99999" });
    expect(r.success ? null : r.error.issues.map((i) => [i.path[0], i.message])).toEqual([["pillarId", "errors.choice"]]);
    expect(PledgeSchema.safeParse({ ...pledge, pillarId: "6" }).success).toBe(true);
  });
  it("refuses 1e308 and other overflowing figures with the range message", () => {
    for (const value of ["1e308", "-1e308", "1e13", "Infinity"]) {
      const r = PledgeSchema.safeParse({ ...pledge, targetValue: value });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual(["targetValue"]);
    }
    // Figures are read as the page's language writes them: an exponent is no way to write one.
    expect(PledgeSchema.safeParse({ ...pledge, targetValue: "1e308" }).error!.issues[0]!.message).toBe("errors.number");
    expect(PledgeSchema.safeParse({ ...pledge, targetValue: "10,000,000,000,000" }).error!.issues[0]!.message).toBe("errors.numberRange");
    const report = ReportSchema.safeParse({ year: "2025", value: "1e308", narrative: "x", evidenceUrl: "", scope1: "1e308" });
    expect(report.success).toBe(false);
    expect([...new Set(report.error!.issues.map((i) => i.path[0]))].sort()).toEqual(["scope1", "value"]);
  });
  it("refuses a pledge that ends before it starts, on the end date (it was stored as given)", () => {
    const r = PledgeSchema.safeParse({ ...pledge, startsOn: "2024-01-01", endsOn: "2023-12-31" });
    expect(r.success ? null : r.error.issues.map((i) => [i.path[0], i.message])).toEqual([["endsOn", "errors.endBeforeStart"]]);
    expect(PledgeSchema.safeParse({ ...pledge, startsOn: "2024-01-01", endsOn: "2024-01-01" }).success).toBe(true);
  });
  it("accepts real-world figures", () => {
    expect(PledgeSchema.safeParse({ ...pledge, targetValue: "999999999999.5" }).success).toBe(true);
    expect(ReportSchema.safeParse({ year: "2025", value: "-12.5", narrative: "x", evidenceUrl: "", scope1: "", scope2: "40" }).success).toBe(true);
  });
  it("refuses a progress report for a year that has not begun, and negative emissions in a scope", () => {
    const inJune2026 = reportSchema("en", new Date("2026-06-15T00:00:00Z"));
    const report = { year: "2026", value: "800", narrative: "x", evidenceUrl: "", scope1: "", scope2: "", scope3: "" };
    expect(inJune2026.safeParse(report).success).toBe(true);
    const future = inJune2026.safeParse({ ...report, year: "2099" });
    expect(future.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["year", "emissions.errors.futureYear"]]);
    expect(inJune2026.safeParse({ ...report, year: "2027" }).success).toBe(false);
    const negative = inJune2026.safeParse({ ...report, scope1: "-5", scope3: "0" });
    expect(negative.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["scope1", "emissions.errors.negative"]]);
    const minusZero = inJune2026.safeParse({ ...report, scope2: "-0" });
    expect(minusZero.success && Object.is(minusZero.data.scope2, 0)).toBe(true);
  });
  it("refuses a progress report for a year before the pledge's baseline", () => {
    const from2020 = reportSchema("en", new Date("2026-06-15T00:00:00Z"), 2020);
    const report = { year: "2020", value: "800", narrative: "x", evidenceUrl: "", scope1: "", scope2: "", scope3: "" };
    expect(from2020.safeParse(report).success).toBe(true);
    const early = from2020.safeParse({ ...report, year: "1995" });
    expect(early.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["year", "pledgeForm.reportBeforeBaseline"]]);
  });
});
