/**
 * Reads a number as people type it in their own language: "1,000,000", "1 000 000", "1.000.000", "1'000'000",
 * "2,5" in French or "2.5" in English. A lone separator followed by exactly three digits ("1,000") is read
 * with the page language's decimal sign: a thousand in English, one in French. Returns NaN when it is no number.
 */
export function parseLocalizedNumber(input: string, lang: string): number {
  const decimalSign = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  // Spaces, apostrophes and the Arabic thousands sign only ever group; the Arabic decimal sign only ever separates.
  const t = input
    .trim()
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/^[−]/, "-")
    .replace(/[\s\u00a0\u202f'’٬]/g, "G")
    .replace(/٫/g, "D");
  const m = /^([+-]?)([\d.,GD]+)$/.exec(t);
  if (!m) return NaN;
  const [, sign, body] = m as unknown as [string, string, string];
  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;
  let decimal: string | null = null;
  if (body.includes("D")) decimal = "D";
  else if (commas && dots) decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
  else if (commas === 1 || dots === 1) {
    const sep = commas ? "," : ".";
    decimal = body.split(sep)[1]!.length === 3 && sep !== decimalSign ? null : sep;
  }
  const parts = decimal ? body.split(decimal) : [body];
  if (parts.length > 2) return NaN;
  const [whole, fraction = ""] = parts as [string, string?];
  if (!/^\d*$/.test(fraction)) return NaN;
  const groups = whole.split(/[.,G]/);
  // Grouping goes by threes, so a slip like "1,00,0" is refused rather than guessed.
  if (!/^\d+$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return NaN;
  return Number(`${sign}${groups.join("")}${fraction ? `.${fraction}` : ""}`);
}

/**
 * Measured quantities are real-world figures: beyond a trillion in absolute value (1e308 was
 * accepted before) the progress and emissions arithmetic overflows and charts draw NaN.
 */
export const NUMBER_LIMIT = 1e12;
export const isBounded = (n: number) => Number.isFinite(n) && Math.abs(n) <= NUMBER_LIMIT;
