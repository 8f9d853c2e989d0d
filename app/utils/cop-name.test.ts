import { describe, expect, it } from "vitest";
import { copName } from "./cop-name";

describe("a COP's name in the page's language", () => {
  it("is «КС-29» in Russian, as CL-24/63 writes it", () => {
    expect(copName("ru", "COP29")).toBe("КС-29");
    expect(copName("ru", "COP 28")).toBe("КС-28");
  });

  it("stays the symbol in the other languages, and any other name stays as stored", () => {
    for (const lang of ["en", "fr", "es", "zh", "ar"] as const) expect(copName(lang, "COP29")).toBe("COP29");
    expect(copName("ru", "Dubai Summit")).toBe("Dubai Summit");
  });
});
