import { describe, expect, it } from "vitest";
import { VisaRequest } from "./form.server";

// A workshop in Geneva on 15–16 December 2026 (ending 17:00 in Zurich).
const event = { endsAt: Date.UTC(2026, 11, 16, 16), timeZone: "Europe/Zurich" };
const filled = {
  letterLang: "en",
  fullName: "LI Na",
  nationality: "CN",
  dateOfBirth: "1985-03-04",
  passportNumber: "E12345678",
  passportIssuedOn: "2020-01-02",
  passportExpiresOn: "2030-01-02",
  placeOfApplication: "Beijing",
};
const errors = (r: ReturnType<ReturnType<typeof VisaRequest>["safeParse"]>) =>
  r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("the visa letter request", () => {
  it("refuses a passport that expires before the event's last day, which no consulate would stamp for it", () => {
    expect(errors(VisaRequest(event).safeParse(filled))).toEqual([]);
    expect(errors(VisaRequest(event).safeParse({ ...filled, passportExpiresOn: "2026-12-15" }))).toEqual(["passportExpiresOn: visa.errors.beforeEvent"]);
    // Valid on the last day itself is enough for the letter; the consulate applies its own rules.
    expect(errors(VisaRequest(event).safeParse({ ...filled, passportExpiresOn: "2026-12-16" }))).toEqual([]);
  });
});
