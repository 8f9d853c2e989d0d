import { describe, expect, it } from "vitest";
import { CROCKFORD, encodeCheckInCode, groupCheckInCode, normaliseCheckInCode } from "./check-in-code";
import { checkInCode } from "./check-in-code.server";

describe("check-in codes", () => {
  it("are ten Crockford characters derived from the row, the same every time and different per row", () => {
    const code = checkInCode(42, 1_700_000_000_000);
    expect(code).toMatch(new RegExp(`^[${CROCKFORD}]{10}$`));
    expect(checkInCode(42, 1_700_000_000_000)).toBe(code);
    expect(checkInCode(43, 1_700_000_000_000)).not.toBe(code);
    // A registration given a fresh start (a new registration time) gets a fresh code.
    expect(checkInCode(42, 1_700_000_000_001)).not.toBe(code);
  });

  it("encode 50 bits: all-zero bytes are ten zeros, all-one bytes ten Z", () => {
    expect(encodeCheckInCode(new Uint8Array(32))).toBe("0000000000");
    expect(encodeCheckInCode(new Uint8Array(32).fill(255))).toBe("ZZZZZZZZZZ");
  });

  it("read back whatever way they are typed: groups, spaces, lower case, look-alike letters", () => {
    const code = "7K0C1MH3XP";
    expect(groupCheckInCode(code)).toBe("7K0C1-MH3XP");
    for (const typed of [
      "7K0C1-MH3XP",
      "7k0c1 mh3xp",
      " 7K0C1MH3XP ",
      "7 K 0 C 1 M H 3 X P",
      "7KOC1-MH3XP", // letter O for zero
      "7K0CI-MH3XP", // letter I for one
      "7K0Cl-MH3XP", // lower-case L for one
      "7К0С1-МН3ХР", // typed on a Russian layout: К, С, М, Н, Х, Р are Cyrillic
      "７Ｋ０Ｃ１－ＭＨ３ＸＰ", // full-width, as an East Asian keyboard may type
      "7K0C1–MH3XP", // en dash, as a phone may turn the hyphen into
    ]) {
      expect(normaliseCheckInCode(typed), typed).toBe(code);
    }
  });

  it("refuse what cannot be a code", () => {
    expect(normaliseCheckInCode("")).toBeNull();
    expect(normaliseCheckInCode("7K0C1-MH3X")).toBeNull(); // nine characters
    expect(normaliseCheckInCode("7K0C1-MH3XPP")).toBeNull(); // eleven
    expect(normaliseCheckInCode("7K0C1-MH3XU")).toBeNull(); // U is not in the alphabet
    expect(normaliseCheckInCode("7K0C1/MH3XP")).toBeNull();
  });

  it("survive being shown grouped and typed again", () => {
    for (let id = 1; id < 200; id++) {
      const code = checkInCode(id, 1_000 * id);
      expect(normaliseCheckInCode(groupCheckInCode(code).toLowerCase())).toBe(code);
    }
  });
});
