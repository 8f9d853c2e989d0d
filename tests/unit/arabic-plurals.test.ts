import { describe, expect, it } from "vitest";
import { getT } from "~/utils/i18n.server";

/**
 * Arabic counts a noun in six ways (CLDR zero/one/two/few/many/other): one and two say the noun
 * alone («حرف واحد»، «حرفين»), 3–10 take the plural («3 أحرف»), 11–99 the accusative singular
 * («11 حرفاً»), 100 the genitive singular («100 حرف»). Each counted text, read for 0, 1, 2, 3, 11
 * and 100, as a reader expects it.
 */
const cases: [ns: string, key: string, byCount: Record<number, string>][] = [
  ["common", "errors.tooShort", { 1: "حرف واحد", 2: "حرفين", 3: "3 أحرف", 11: "11 حرفاً", 100: "100 حرف" }],
  ["common", "errors.tooLong", { 1: "حرفاً واحداً", 2: "حرفين", 3: "3 أحرف", 11: "11 حرفاً", 100: "100 حرف" }],
  ["common", "endorse.statementHint", { 1: "حرفاً واحداً", 2: "حرفين", 3: "3 أحرف", 11: "11 حرفاً", 100: "100 حرف" }],
  ["common", "privacy.days", { 0: "0 يوم", 1: "يوم واحد", 2: "يومين", 3: "3 أيام", 11: "11 يوماً", 100: "100 يوم" }],
  ["admin", "desk.capacity", { 0: "لا مقاعد", 1: "مقعد واحد", 2: "مقعدان", 3: "3 مقاعد", 11: "11 مقعداً", 100: "100 مقعد" }],
  ["admin", "password.rule", { 1: "حرف واحد", 2: "حرفين", 3: "3 أحرف", 11: "11 حرفاً", 100: "100 حرف" }],
  ["admin", "types.invited", { 0: "لم توضع أي دعوة", 1: "دعوة واحدة", 2: "دعوتان", 3: "3 دعوات", 11: "11 دعوة", 100: "100 دعوة" }],
  ["admin", "checkIn.waiting", { 0: "لا توجد", 1: "عملية تسجيل حضور واحدة", 2: "عمليتا تسجيل حضور", 3: "3 عمليات", 11: "11 عملية", 100: "100 عملية" }],
];

describe("Arabic counted texts read right for 0, 1, 2, 3, 11 and 100", () => {
  for (const [ns, key, byCount] of cases)
    it.each(Object.entries(byCount))(`${ns}:${key} for %s`, (count, phrase) => {
      expect(getT("ar", ns)(key, { count: Number(count) })).toContain(phrase);
    });
});
