import { describe, expect, it } from "vitest";
import { memberStateCodes } from "~/models/member-states.server";
import { memberStatesByRegion } from "./view.server";
import { getT } from "~/utils/i18n.server";
import { directoryView } from "../$lang.member-states._index/view.server";

describe("the secretariat's list of Member States", () => {
  it("holds every Member State once, each with its count of focal points", () => {
    const regions = memberStatesByRegion("ru", new Map([["KZ", 2]]));
    expect(regions.flatMap((r) => r.states.map((s) => s.code)).sort()).toEqual([...memberStateCodes].sort());
    expect(regions.flatMap((r) => r.states).find((s) => s.code === "KZ")!.focalPoints).toBe("2");
  });

  it("is in the public list's order: in Arabic, السنغال under س as UN lists put it, not among the alifs", () => {
    const africa = memberStatesByRegion("ar", new Map())
      .find((r) => r.region === "africa")!
      .states.map((s) => s.name);
    expect(africa.indexOf("السنغال")).toBeGreaterThan(africa.indexOf("زيمبابوي"));
    expect(africa.indexOf("الكاميرون")).toBeGreaterThan(africa.indexOf("كابو فيردي"));
    for (const lang of ["ar", "ru", "zh"] as const) {
      const ours = memberStatesByRegion(lang, new Map()).flatMap((r) => r.states.map((s) => s.code));
      const pub = directoryView(lang, getT(lang), null).regions.flatMap((r) => r.states.map((s) => s.code));
      expect(ours).toEqual(pub);
    }
  });
});
