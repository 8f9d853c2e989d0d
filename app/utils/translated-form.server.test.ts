import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requireSameLanguages, translatedFields } from "./translated-form.server";

const schema = z
  .object({ ...translatedFields("subject", 200), ...translatedFields("body", 2000) })
  .superRefine(requireSameLanguages("subject", "body", "admin:messages.sameLanguages"));
const issues = (form: Record<string, string>) => schema.safeParse(form).error?.issues.map((i) => [String(i.path[0]), i.message]) ?? [];

describe("a message written in several languages", () => {
  it("names the empty half of each language that has a subject without its text, or a text without its subject", () => {
    expect(issues({ subject_en: "Badges", body_en: "Bring an identity document.", subject_es: "Acreditaciones", body_ar: "يرجى إحضار وثيقة هوية." })).toEqual([
      ["subject_ar", "admin:messages.sameLanguages"],
      ["body_es", "admin:messages.sameLanguages"],
    ]);
  });

  it("accepts each language written whole, blanks counting as empty", () => {
    expect(issues({ subject_en: "Badges", body_en: "Bring an identity document.", subject_fr: "  ", body_fr: "" })).toEqual([]);
  });
});
