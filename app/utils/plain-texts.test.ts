import { describe, expect, it } from "vitest";
import { languages } from "./i18n";
import { getT, i18nFor, withOneFullStop } from "./i18n.server";

/** Every key of a nested message object, dotted. */
function keysOf(messages: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    v && typeof v === "object" ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("the server's translator, remembering plain texts", () => {
  it("gives every key of every namespace, in every language, the text i18next gives, the first time and after", () => {
    let compared = 0;
    for (const lang of languages) {
      const bundles = i18nFor(lang).store.data[lang] as Record<string, Record<string, unknown>>;
      for (const ns of Object.keys(bundles)) {
        const remembered = getT(lang, ns);
        const direct = withOneFullStop(i18nFor(lang).getFixedT(lang, ns), lang);
        for (const key of keysOf(bundles[ns]!)) {
          const expected = direct(key);
          expect(remembered(key)).toBe(expected);
          expect(remembered(key)).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(6 * 1000);
  });

  it("asks i18next each time a text takes values", () => {
    const t = getT("ru");
    expect(t("workingGroups.delayedCount", { n: "1" })).not.toBe(t("workingGroups.delayedCount", { n: "5", count: 5 }));
    expect(t("labelValue", { label: "A", value: "1" })).toContain("A");
    expect(t("labelValue", { label: "B", value: "2" })).toContain("B");
  });
});
