import { describe, expect, it } from "vitest";
import { safeNext } from "./lang.server";

describe("where to go after signing in", () => {
  const next = (v: unknown) => safeNext(v, "/fr/partners/", "/fr/partners/account");
  it("follows a path of this site under the prefix, with its query", () => {
    expect(next("/fr/partners/working-groups/wg-ict-emissions")).toBe("/fr/partners/working-groups/wg-ict-emissions");
    expect(next("/fr/partners/pledges/3?tab=report")).toBe("/fr/partners/pledges/3?tab=report");
  });
  it("refuses other sites, other areas, other languages and odd values", () => {
    for (const v of [
      "//evil.example/fr/partners/",
      "https://evil.example/fr/partners/",
      "/\\evil.example",
      "/fr/admin",
      "/en/partners/account",
      "/fr/partners/\nx",
      "/fr/partners/€",
      "/fr/partners/\u0100",
      "/fr/partners/é",
      "/fr/partners/\u0000",
      undefined,
      42,
      "/fr/partners/" + "a".repeat(600),
    ]) {
      expect(next(v)).toBe("/fr/partners/account");
    }
  });
});
