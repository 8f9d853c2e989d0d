import { describe, expect, it } from "vitest";
import { createI18n, withOneFullStop } from "./i18n.server";
import { translator } from "./translator";

const messages = { common: { signedInAs: "Sesión iniciada como {{name}}, en nombre de {{organisation}}." } };
const values = { name: "Lucía García", organisation: "Telecomunicaciones Ejemplo S.A." };

describe("a sentence ending on a name that ends with a stop", () => {
  it("has one full stop, in the pages' translator and in i18next (emails)", () => {
    const expected = "Sesión iniciada como Lucía García, en nombre de Telecomunicaciones Ejemplo S.A.";
    expect(translator(messages, "common", "es")("signedInAs", values)).toBe(expected);
    expect(withOneFullStop(createI18n("es", { es: messages }).getFixedT("es", "common"))("signedInAs", values)).toBe(expected);
    expect(translator(messages, "common", "es")("signedInAs", { ...values, organisation: "ITU" })).toBe("Sesión iniciada como Lucía García, en nombre de ITU.");
  });

  it("keeps an isolated name's stop and an ellipsis", () => {
    const t = translator({ common: { a: "Aceptada: {{org}}.", b: "{{x}}" } }, "common", "es");
    expect(t("a", { org: "\u2068Ejemplo Inc.\u2069" })).toBe("Aceptada: \u2068Ejemplo Inc.\u2069");
    expect(t("b", { x: "Espere..." })).toBe("Espere...");
  });
});
