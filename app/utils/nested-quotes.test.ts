import { describe, expect, it } from "vitest";
import { createI18n, withOneFullStop } from "./i18n.server";
import { nestedQuotes } from "./nested-quotes";
import { translator } from "./translator";

const N = "\u00a0";
const cop29 = "Декларация КС-29 об инициативе «Зеленая цифровая кампания»";

describe("quotes inside quotes", () => {
  it("take „…“ in Russian and “…” in French, the outer «…» staying", () => {
    expect(nestedQuotes("ru", `одобрение документа «${cop29}» подтверждено`)).toBe(
      "одобрение документа «Декларация КС-29 об инициативе „Зеленая цифровая кампания“» подтверждено",
    );
    expect(nestedQuotes("fr", `la manifestation «${N}Répondre à l'initiative «${N}Alertes précoces pour tous${N}»${N}» a eu lieu`)).toBe(
      `la manifestation «${N}Répondre à l'initiative “Alertes précoces pour tous”${N}» a eu lieu`,
    );
  });

  it("leave single quotes, other languages and unpaired guillemets alone", () => {
    expect(nestedQuotes("ru", cop29)).toBe(cop29);
    expect(nestedQuotes("ru", "ООО «Пример» и АО «Тест»")).toBe("ООО «Пример» и АО «Тест»");
    expect(nestedQuotes("es", "«a «b» c»")).toBe("«a «b» c»");
    expect(nestedQuotes("ru", "«a «b» c")).toBe("«a «b» c");
    expect(nestedQuotes("ru", "«a\u2068 «b»\u2069»")).toBe("«a\u2068 „b“\u2069»");
  });

  it("apply to the pages' translator and to the emails' i18next alike", () => {
    const messages = { common: { body: "Ваше одобрение документа «{{declaration}}» подтверждено." } };
    const expected = "Ваше одобрение документа «Декларация КС-29 об инициативе „Зеленая цифровая кампания“» подтверждено.";
    expect(translator(messages, "common", "ru")("body", { declaration: cop29 })).toBe(expected);
    expect(withOneFullStop(createI18n("ru", { ru: messages }).getFixedT("ru", "common"), "ru")("body", { declaration: cop29 })).toBe(expected);
  });
});
