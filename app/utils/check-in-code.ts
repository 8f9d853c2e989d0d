/**
 * Check-in codes as people read them aloud and type them: ten characters of Crockford's base32
 * (no I, L, O or U, so nothing reads as a one or a zero), shown as two groups of five. Typing is
 * forgiving: case, spaces, dashes, full-width forms, and letters that look the same in Cyrillic or
 * Greek (a phone set to Russian types "С" for "C") are all folded to the one spelling.
 */
export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CHECK_IN_CODE_LENGTH = 10;

/** Letters drawn the same in another script, and Crockford's own foldings (O→0, I/L→1). */
const LOOKALIKES: Record<string, string> = {
  O: "0",
  I: "1",
  L: "1",
  // Cyrillic capitals (lower case is upper-cased first).
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "0",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  У: "Y",
  З: "3",
  // Greek capitals.
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "1",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "0",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};

/** 50 bits (the first 7 bytes' leading bits) as ten Crockford characters. */
export function encodeCheckInCode(bytes: Uint8Array): string {
  let bits = 0n;
  for (let i = 0; i < 7; i++) bits = (bits << 8n) | BigInt(bytes[i] ?? 0);
  bits >>= 6n; // 56 bits read, 50 kept
  let out = "";
  for (let i = 0; i < CHECK_IN_CODE_LENGTH; i++) {
    out = CROCKFORD[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out;
}

/** "ABCDE-FGHJK": how the code is printed and shown. */
export const groupCheckInCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

/** What someone typed or a camera read, in the one spelling; null when it cannot be a code. */
export function normaliseCheckInCode(typed: string): string | null {
  const folded = [...typed.normalize("NFKC").toUpperCase()]
    .filter((c) => !/[\s\-‐-―_.·]/u.test(c))
    .map((c) => LOOKALIKES[c] ?? c)
    .join("");
  if (folded.length !== CHECK_IN_CODE_LENGTH) return null;
  return [...folded].every((c) => CROCKFORD.includes(c)) ? folded : null;
}
