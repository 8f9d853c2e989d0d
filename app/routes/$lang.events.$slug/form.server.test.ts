import { describe, expect, it } from "vitest";
import { RegistrationSchema } from "./form.server";

const filled = {
  email: "amina@example.org",
  firstName: "Amina",
  lastName: "Diallo",
  organisation: "Ministry",
  organisationType: "member-state",
  country: "SN",
  jobTitle: "Director",
  gender: "",
  accessibilityNeeds: "",
  consent: "on",
};
const fields = (r: ReturnType<typeof RegistrationSchema.safeParse>) => (r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join(".")))].sort());

describe("the registration form", () => {
  it("names a missing choice of participation type together with the other fields' errors, where the form offers one", () => {
    expect(fields(RegistrationSchema.safeParse({ typeChoice: "offered" }))).toContain("participationType");
    expect(fields(RegistrationSchema.safeParse({ ...filled, email: "nope", typeChoice: "offered" }))).toEqual(["email", "participationType"]);
    expect(RegistrationSchema.safeParse({ ...filled, typeChoice: "offered", participationType: "12" }).success).toBe(true);
    // A form with one type to offer asks nothing.
    expect(RegistrationSchema.safeParse(filled).success).toBe(true);
  });
});
