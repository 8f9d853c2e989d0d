import { describe, expect, it } from "vitest";
import { languages } from "./i18n";
import { allMessages, getT } from "./i18n.server";
import { translator } from "./translator";

const counts = [0, 1, 2, 3, 5, 11, 21, 100, 101];

describe("counts follow each language's CLDR plural rules", () => {
  it.each([
    [
      "ar",
      [
        "يرجى ألا يتجاوز النص 0 حرف.",
        "يرجى ألا يتجاوز النص حرفاً واحداً.",
        "يرجى ألا يتجاوز النص حرفين.",
        "يرجى ألا يتجاوز النص 3 أحرف.",
        "يرجى ألا يتجاوز النص 5 أحرف.",
        "يرجى ألا يتجاوز النص 11 حرفاً.",
        "يرجى ألا يتجاوز النص 21 حرفاً.",
        "يرجى ألا يتجاوز النص 100 حرف.",
        "يرجى ألا يتجاوز النص 101 حرف.",
      ],
    ],
    [
      "ru",
      [
        "Введите не более 0 символов.",
        "Введите не более 1 символа.",
        "Введите не более 2 символов.",
        "Введите не более 3 символов.",
        "Введите не более 5 символов.",
        "Введите не более 11 символов.",
        "Введите не более 21 символа.",
        "Введите не более 100 символов.",
        "Введите не более 101 символа.",
      ],
    ],
  ] as const)("%s: the server's i18next and the components' translator agree, over 0 to 101", (lang, expected) => {
    const server = getT(lang);
    const client = translator(allMessages()[lang], "common", lang);
    counts.forEach((count, i) => {
      expect(server("errors.tooLong", { count })).toBe(expected[i]);
      expect(client("errors.tooLong", { count })).toBe(expected[i]);
    });
  });

  it.each([
    ["ar", ["لا مقاعد", "مقعد واحد", "مقعدان", "3 مقاعد", "5 مقاعد", "11 مقعداً", "21 مقعداً", "100 مقعد", "101 مقعد"]],
    ["ru", ["0 мест", "1 место", "2 места", "3 места", "5 мест", "11 мест", "21 место", "100 мест", "101 место"]],
    ["en", ["0 seats", "1 seat", "2 seats", "3 seats", "5 seats", "11 seats", "21 seats", "100 seats", "101 seats"]],
  ] as const)("%s: seats are counted in the language's own forms", (lang, expected) => {
    const client = translator(allMessages()[lang], "admin", lang);
    counts.forEach((count, i) => expect(client("desk.capacity", { count })).toBe(expected[i]));
  });

  it("formats the count in the page's language", () => {
    expect(translator(allMessages().fr, "admin", "fr")("desk.capacity", { count: 1200 })).toBe("1\u202f200\u00a0places");
    expect(getT("ru")("errors.tooShort", { count: 1200 })).toBe("Введите не менее 1\u00a0200 символов.");
  });

  it("gives every plural key every form its language has", () => {
    for (const lang of languages) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [ns, bundle] of Object.entries(allMessages()[lang])) {
        const walk = (node: Record<string, unknown>, path: string) => {
          for (const [key, value] of Object.entries(node)) {
            if (value && typeof value === "object") walk(value as Record<string, unknown>, `${path}${key}.`);
            const base = key.match(/^(.*)_other$/)?.[1];
            if (base === undefined) continue;
            for (const c of categories) expect(node[`${base}_${c}`], `${lang}/${ns}:${path}${base}_${c}`).toBeTypeOf("string");
            expect(node[base], `${lang}/${ns}:${path}${base} without a plural form`).toBeUndefined();
          }
        };
        walk(bundle, "");
      }
    }
  });
});
