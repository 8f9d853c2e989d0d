import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatNumber } from "./format";
import { getT } from "./i18n.server";
import { parseLocalizedNumber } from "./numbers";
import { translator } from "./translator";

describe("Spanish figures as UN Spanish writes them", () => {
  it("groups five digits and more with a space, four not at all, and reads them back", () => {
    expect(formatNumber("es", 15_000)).toBe("15\u00a0000");
    expect(formatNumber("es", 7_500)).toBe("7500");
    expect(formatNumber("es", 1_234_567.5)).toBe("1\u00a0234\u00a0567,5");
    expect(parseLocalizedNumber(formatNumber("es", 1_234_567.5), "es")).toBe(1_234_567.5);
    // Other languages as Intl writes them.
    expect(formatNumber("en", 15_000)).toBe("15,000");
  });

  it("in the texts' {{count, number}}, on the server and in the browser alike", () => {
    expect(getT("es")("errors.tooLong", { count: 10_000 })).toContain("10\u00a0000");
    const browser = translator({ common: { n: "{{count, number}} caracteres" } }, "common", "es");
    expect(browser("n" as never, { count: 25_000 })).toBe("25\u00a0000 caracteres");
  });

  it("in the Spanish texts' own figures, written out as the formatted ones are", () => {
    const dir = "locales/es";
    const grouped = readdirSync(dir).flatMap((f) => readFileSync(`${dir}/${f}`, "utf8").match(/\d\.\d{3}(?!\d)/g) ?? []);
    expect(grouped).toEqual([]);
  });
});
