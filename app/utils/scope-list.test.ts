import { describe, expect, it } from "vitest";
import { formatList } from "./format";
import { getT } from "./i18n.server";
import type { Lang } from "./i18n";

const scopes = (lang: Lang, list: number[]) => getT(lang)("pledgeForm.scopeList", { count: list.length, list: formatList(lang, list.map(String)) });

describe("the scopes a pledge covers, named once", () => {
  it("reads 'Scopes 1, 2 and 3' in each language, not 'Scope 1, Scope 2 and Scope 3'", () => {
    expect(scopes("en", [1, 2, 3])).toBe("Scopes 1, 2 and 3");
    expect(scopes("en", [3])).toBe("Scope 3");
    expect(scopes("fr", [1, 2, 3])).toBe("Périmètres 1, 2 et 3");
    expect(scopes("es", [1, 2, 3])).toBe("Alcances 1, 2 y 3");
    expect(scopes("ru", [1, 2])).toBe("Группы 1 и 2");
    expect(scopes("ar", [1, 2])).toMatch(/^النطاقان 1 و\s?2$/);
    expect(scopes("ar", [1])).toBe("النطاق 1");
  });
});
