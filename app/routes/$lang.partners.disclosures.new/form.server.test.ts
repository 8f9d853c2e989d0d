import { describe, expect, it } from "vitest";
import { disclosureSchema } from "./form.server";

const now = new Date("2026-06-01T00:00:00Z");
const good = {
  year: "2025",
  boundary: "operational-control",
  methodology: "itu-l1450",
  scope1: "120",
  scope2Location: "300",
  scope2Market: "250",
  scope3: "5000",
  energyMwh: "900",
  renewableShare: "40",
  subSectors: ["mobile-networks", "data-centres"],
  assurance: "limited",
  assurer: "Audit SA",
  reportUrl: "https://example.org/report.pdf",
  cat1: "3000",
  cat1Status: "not-calculated",
  cat2: "",
  cat2Status: "not-relevant",
};
const issues = (input: Record<string, unknown>) => {
  const r = disclosureSchema("en", now).safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("disclosure form rules", () => {
  it("accepts a full disclosure and keeps each category as a figure or a reason", () => {
    const r = disclosureSchema("en", now).parse(good);
    expect(r.scope3Categories["1"]).toBe(3000);
    expect(r.scope3Categories["2"]).toBe("not-relevant");
    expect(r.scope3Categories["15"]).toBe("not-calculated");
    expect(r.renewableShare).toBeCloseTo(0.4);
    expect(r.subSectors).toEqual(["mobile-networks", "data-centres"]);
  });
  it("refuses negative figures", () => expect(issues({ ...good, scope1: "-5" }).scope1).toBe("emissions.errors.negative"));
  it("reads minus zero as zero", () => {
    const parsed = disclosureSchema("en", now).safeParse({ ...good, scope1: "-0" });
    expect(parsed.success && Object.is(parsed.data.scope1, 0)).toBe(true);
  });
  it("refuses figures a sum would overflow, and numbers not written in decimals", () => {
    expect(issues({ ...good, scope1: "1e308" }).scope1).toBe("errors.numberRange");
    expect(issues({ ...good, scope2Location: "2000000000000" }).scope2Location).toBe("errors.numberRange");
    for (const odd of ["0x10", "Infinity", "0b11", "1_000", "12abc"]) expect(issues({ ...good, scope3: odd }).scope3).toBe("errors.number");
    expect(disclosureSchema("en", now).parse({ ...good, scope1: "1.2e3", scope2Location: ".5" })).toMatchObject({ scope1: 1200, scope2Location: 0.5 });
  });
  it("reads figures as the page's language writes them, as the pledge form does", () => {
    const es = disclosureSchema("es", now).parse({ ...good, scope1: "12.345,6", scope2Location: "45.678", scope3: "234.567,89", cat1: "1.000" });
    expect(es).toMatchObject({ scope1: 12345.6, scope2Location: 45678, scope3: 234567.89 });
    expect(es.scope3Categories["1"]).toBe(1000);
    expect(disclosureSchema("en", now).parse({ ...good, scope1: "12,345.6", scope3: "5,000" })).toMatchObject({ scope1: 12345.6, scope3: 5000 });
    expect(disclosureSchema("fr", now).parse({ ...good, scope1: "12\u202f345,6", renewableShare: "40,5" })).toMatchObject({
      scope1: 12345.6,
      renewableShare: 0.405,
    });
    expect(disclosureSchema("ar", now).parse({ ...good, scope1: "١٢٬٣٤٥٫٦" }).scope1).toBe(12345.6);
  });
  it("refuses categories that add up to more than scope 3", () =>
    expect(issues({ ...good, cat1: "4000", cat3: "1500" }).scope3).toBe("emissions.errors.categoriesAboveTotal"));
  it("refuses a year in the future", () => expect(issues({ ...good, year: "2027" }).year).toBe("emissions.errors.futureYear"));
  it("refuses a report link that is not http(s)", () => expect(issues({ ...good, reportUrl: "javascript:alert(1)" }).reportUrl).toBe("errors.url"));
  it("asks for the assurer when there is assurance", () => expect(issues({ ...good, assurer: "" }).assurer).toBe("emissions.errors.assurerRequired"));
  it("asks for at least one sub-sector", () => expect(issues({ ...good, subSectors: [] }).subSectors).toBe("emissions.errors.subSector"));
  it("refuses a renewable share above 100 %", () => expect(issues({ ...good, renewableShare: "120" }).renewableShare).toBe("emissions.errors.percent"));
});
