import { describe, expect, it } from "vitest";
import { EventFormSchema } from "./form.server";

const form = {
  slug: "green-standards-workshop",
  kind: "workshop",
  format: "hybrid",
  status: "published",
  title_en: "Workshop on green standards",
  summary_en: "A hybrid workshop.",
  venue_en: "Geneva and online",
  organisers: "ITU",
  timeZone: "Europe/Zurich",
  startsAt: "2027-01-15T09:30",
  endsAt: "2027-01-15T17:30",
  registrationOpensAt: "",
  registrationClosesAt: "",
  capacity: "80",
  joinUrl: "",
  externalRegistration: "",
  circularId: "",
};

describe("the event editor's registration window", () => {
  it("asks when registration opens if a closing time is given, since without it nobody can register", () => {
    const parsed = EventFormSchema.safeParse({ ...form, registrationClosesAt: "2027-01-14T23:59" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["registrationOpensAt", "admin:editor.registrationOpensMissing"]]);
  });

  it("accepts no window at all (details to be announced), an opening alone, or both", () => {
    expect(EventFormSchema.safeParse(form).success).toBe(true);
    expect(EventFormSchema.safeParse({ ...form, registrationOpensAt: "2026-11-01T00:00" }).success).toBe(true);
    expect(EventFormSchema.safeParse({ ...form, registrationOpensAt: "2026-11-01T00:00", registrationClosesAt: "2027-01-14T23:59" }).success).toBe(true);
  });
});
