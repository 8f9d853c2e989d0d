import { describe, expect, it } from "vitest";
import { countryOptions, sortingName } from "./country-options";

describe("countries in the page's order", () => {
  it("sorts Arabic names without their article, as UN lists in Arabic do", () => {
    const names = countryOptions("ar").map((c) => c.name);
    const at = (name: string) => names.indexOf(name);
    expect(at("السنغال")).toBeGreaterThan(at("رواندا"));
    expect(at("السنغال")).toBeLessThan(at("سيراليون"));
    expect(at("الكاميرون")).toBeLessThan(at("كوت ديفوار"));
    expect(sortingName("ar", "الاتحاد الروسي")).toBe("اتحاد الروسي");
    // Other languages keep their names whole.
    expect(sortingName("fr", "El Salvador")).toBe("El Salvador");
  });
});
