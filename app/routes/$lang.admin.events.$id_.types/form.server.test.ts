import { describe, expect, it } from "vitest";
import { contentKinds, isContentKind } from "~/models/content-editing.server";
import { isTypesPageIntent, typesPageSchemas } from "./form.server";

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

describe("a participation type's window", () => {
  it("refuses a time that is not a real one, rather than storing another date or none", () => {
    const form = {
      intent: "save",
      typeId: "",
      name_en: "Speakers",
      mode: "in-person",
      capacity: "5",
      opensAt: "2026-99-99T99:99",
      closesAt: "2026-02-30T10:00",
    };
    const parsed = typesPageSchemas.save.safeParse(form);
    expect(parsed.success).toBe(false);
    expect(new Set(parsed.error!.issues.map((i) => String(i.path[0])))).toEqual(new Set(["opensAt", "closesAt"]));
    expect(typesPageSchemas.save.safeParse({ ...form, opensAt: "2026-03-01T09:00", closesAt: "" }).success).toBe(true);
  });
});
