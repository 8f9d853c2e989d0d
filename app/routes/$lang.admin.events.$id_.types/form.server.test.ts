import { describe, expect, it } from "vitest";
import { contentKinds, isContentKind } from "~/models/content-editing.server";
import { isTypesPageIntent } from "./form.server";

describe("a name read from a request as a key of a table of forms", () => {
  it("is one of the table's own keys, never a name every object inherits", () => {
    expect(["save", "delete", "invite", "invite-list"].every(isTypesPageIntent)).toBe(true);
    expect(Object.keys(contentKinds).every(isContentKind)).toBe(true);
    for (const inherited of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(isTypesPageIntent(inherited)).toBe(false);
      expect(isContentKind(inherited)).toBe(false);
    }
  });
});
