import { describe, expect, it } from "vitest";
import { nameSaysMode } from "./participation-label";

describe("nameSaysMode", () => {
  it("finds the mode in the names an event's format gives its types, in any language, and not in names staff choose", () => {
    expect(nameSaysMode("المشاركة عبر الإنترنت", "عبر الإنترنت")).toBe(true);
    expect(nameSaysMode("الحضور الشخصي", "الحضور الشخصي")).toBe(true);
    expect(nameSaysMode("En présentiel", "en presentiel")).toBe(true);
    expect(nameSaysMode("Delegate", "In person")).toBe(false);
    expect(nameSaysMode("Observer", "")).toBe(false);
  });
});
