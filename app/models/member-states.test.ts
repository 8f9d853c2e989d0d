import { describe, expect, it } from "vitest";
import { decidedBy, mapStatusOf, memberStateCode, publicCount, verificationOf } from "./member-states";

describe("member state rules", () => {
  it("never shows a count of people below 5", () => {
    expect(publicCount(0)).toEqual({ kind: "fewer-than", n: 5 });
    expect(publicCount(1)).toEqual({ kind: "fewer-than", n: 5 });
    expect(publicCount(4)).toEqual({ kind: "fewer-than", n: 5 });
    expect(publicCount(5)).toEqual({ kind: "count", n: 5 });
    expect(publicCount(212)).toEqual({ kind: "count", n: 212 });
  });

  it("lets the secretariat decide when a country has no focal point", () => {
    expect(decidedBy(0)).toBe("secretariat");
    expect(decidedBy(1)).toBe("focal-point");
    expect(decidedBy(3)).toBe("focal-point");
  });

  it("names how an endorsement was verified, the focal point first", () => {
    expect(verificationOf({ letterFile: "x.pdf", confirmedByFocalPoint: true })).toBe("focal-point");
    expect(verificationOf({ letterFile: "x.pdf", confirmedByFocalPoint: false })).toBe("letter");
    expect(verificationOf({ letterFile: null, confirmedByFocalPoint: false })).toBe("secretariat");
  });

  it("colours a state only for an approved endorsement", () => {
    expect(mapStatusOf(["pending", "unverified"])).toBe("not-recorded");
    expect(mapStatusOf(["rejected", "approved"])).toBe("endorsed");
    expect(mapStatusOf([])).toBe("not-recorded");
  });

  it("accepts only the lower-case code of a Member State in an address", () => {
    const isMember = (c: string) => c === "BR";
    expect(memberStateCode("br", isMember)).toBe("BR");
    expect(memberStateCode("BR", isMember)).toBeNull();
    expect(memberStateCode("tw", isMember)).toBeNull();
    expect(memberStateCode("bra", isMember)).toBeNull();
    expect(memberStateCode(undefined, isMember)).toBeNull();
  });
});
