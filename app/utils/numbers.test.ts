import { describe, expect, it } from "vitest";
import { formatNumberForInput } from "./format";
import { parseLocalizedNumber } from "./numbers";

describe("parseLocalizedNumber", () => {
  it("accepts each language's grouping", () => {
    expect(parseLocalizedNumber("1,000,000", "en")).toBe(1_000_000);
    expect(parseLocalizedNumber("1 000 000", "fr")).toBe(1_000_000);
    expect(parseLocalizedNumber("1\u202f000\u202f000", "fr")).toBe(1_000_000);
    expect(parseLocalizedNumber("1.000.000", "es")).toBe(1_000_000);
    expect(parseLocalizedNumber("1.000.000", "en")).toBe(1_000_000);
    expect(parseLocalizedNumber("1'000'000", "en")).toBe(1_000_000);
    expect(parseLocalizedNumber("1 234,5", "ru")).toBe(1234.5);
    expect(parseLocalizedNumber("1,234.5", "zh")).toBe(1234.5);
    expect(parseLocalizedNumber("1.234,5", "es")).toBe(1234.5);
    expect(parseLocalizedNumber("١٬٢٣٤", "ar")).toBe(1234);
    expect(parseLocalizedNumber("1٬000٫5", "ar")).toBe(1000.5);
  });

  it("reads a lone separator with the page language's decimal sign", () => {
    expect(parseLocalizedNumber("2,5", "fr")).toBe(2.5);
    expect(parseLocalizedNumber("2.5", "en")).toBe(2.5);
    expect(parseLocalizedNumber("1,000", "en")).toBe(1000);
    expect(parseLocalizedNumber("1,000", "fr")).toBe(1);
    expect(parseLocalizedNumber("1.000", "es")).toBe(1000);
    expect(parseLocalizedNumber("1.000", "en")).toBe(1);
    expect(parseLocalizedNumber("12.25", "fr")).toBe(12.25);
    expect(parseLocalizedNumber("-3,5", "ru")).toBe(-3.5);
  });

  it("refuses what is not a number", () => {
    for (const bad of ["", "abc", "1,00,0", "12e3", "1..2", "-"]) expect(parseLocalizedNumber(bad, "en"), bad).toBeNaN();
  });
});

describe("formatNumberForInput", () => {
  it("writes a stored figure so that the page's language reads it back unchanged", () => {
    // "68750.125" (as String() wrote it) is sixty-eight million in Spanish, where the dot groups.
    expect(parseLocalizedNumber(String(68750.125), "es")).not.toBe(68750.125);
    expect(formatNumberForInput("es", 68750.125)).toBe("68\u00a0750,125");
    for (const lang of ["ar", "zh", "en", "fr", "ru", "es"] as const)
      for (const n of [68750.125, 125000.5, 1000, 0.25, 1234567.000001])
        expect(parseLocalizedNumber(formatNumberForInput(lang, n), lang), `${lang} ${n}`).toBe(n);
  });
});
