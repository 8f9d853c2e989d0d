import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languages } from "~/utils/i18n";

// "−45 %" broke after "45" on a phone, leaving "%" alone at the start of the next line (and, in
// Arabic, the minus and the figure on the far side of it): a figure and its "%" or "°C" are
// joined by a no-break space.
const dir = join(__dirname, "../../locales");
const files = languages.flatMap((lang) => readdirSync(join(dir, lang)).map((f) => join(lang, f)));

describe("a figure is never separated from its % or ° by a line break", () => {
  it.each(files)("%s", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    expect(text.match(/.{0,20}\d [%°].{0,10}/g) ?? []).toEqual([]);
  });
});
