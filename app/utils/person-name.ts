/** Han, kana and hangul: the scripts whose names are written family name first, without a space. */
const eastAsian = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・\s]+$/u;

/**
 * A person's full name from the form's first (given) and last (family) names. A name written in
 * Chinese (or Japanese, Korean) characters puts the family name first with no space (李娜, not
 * "娜 李"), as the holder writes it; any other is "given family" (Claire Dupont, عمر Ben Ali).
 */
export function fullName(first: string, last: string): string {
  const given = first.trim();
  const family = last.trim();
  if (given && family && eastAsian.test(given) && eastAsian.test(family)) return `${family}${given}`;
  return [given, family].filter(Boolean).join(" ");
}
