import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events, outbox, registrations } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { decideRegistration } from "./registrant-desk.server";
import { createStaffUser } from "./staff.server";
import { cancelRegistration, emailKey, registerForEvent, sendDueReminders, type RegistrantDetails } from "./registrations.server";

const HOUR = 3_600_000;
const now = Date.now();
const details: RegistrantDetails = {
  firstName: "Amina", lastName: "Diallo", organisation: "ARTP", organisationType: "member-state",
  country: "SN", jobTitle: "Engineer", gender: null, accessibilityNeeds: null,
};

function makeEvent(overrides: Partial<typeof events.$inferInsert> = {}) {
  return write((tx) =>
    tx.insert(events).values({
      slug: `e-${Math.random().toString(36).slice(2)}`, kind: "webinar", title: { en: "Test webinar" }, summary: { en: "S" },
      description: { en: "D" }, startsAt: now + 48 * HOUR, endsAt: now + 49 * HOUR, timeZone: "Europe/Zurich", format: "virtual",
      venue: { en: "Online" }, organisers: ["ITU"], audience: { en: "All" }, fee: { en: "Free" }, registrationOpensAt: now - HOUR,
      registrationClosesAt: null, capacity: 2, joinUrl: "https://meet.example.org/secret", status: "published", createdAt: now, updatedAt: now,
      ...overrides,
    }).returning().get(),
  );
}

const statuses = (eventId: number) =>
  db().select({ email: registrations.email, status: registrations.status }).from(registrations).where(eq(registrations.eventId, eventId)).all();
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();

// The deliverer is not running in unit tests: emails stay in the outbox to be read.
let staffId = 0;
beforeAll(async () => {
  staffId = (await createStaffUser({ email: "desk@itu.int", name: "Desk", role: "editor", password: "a long desk password" })).id;
});

describe("emailKey", () => {
  it("folds case, +tags, and Gmail dots", () => {
    expect(emailKey("Jane.Doe+GDA@Gmail.com")).toBe("janedoe@gmail.com");
    expect(emailKey("janedoe@googlemail.com")).toBe("janedoe@gmail.com");
    expect(emailKey("jane.doe+x@itu.int")).toBe("jane.doe@itu.int");
  });
});

describe("registering for an event", () => {
  it("confirms up to capacity, then puts people on the waiting list with their place", () => {
    const e = makeEvent();
    for (const who of ["a@x.org", "b@x.org", "c@x.org", "d@x.org"]) {
      registerForEvent({ eventId: e.id, email: who, lang: "en", details });
    }
    expect(statuses(e.id).map((r) => r.status)).toEqual(["confirmed", "confirmed", "waiting", "waiting"]);
    expect(mails("a@x.org")[0]!.template).toBe("registration-confirmed");
    expect(mails("a@x.org")[0]!.html).toContain("meet.example.org/secret");
    expect(mails("d@x.org")[0]!.template).toBe("registration-waiting");
    expect(mails("d@x.org")[0]!.text).toMatch(/2/);
    expect(mails("d@x.org")[0]!.html).not.toContain("meet.example.org");
  });

  it("treats an alias of a registered address as the same person: nothing new, the link is re-sent", () => {
    const e = makeEvent();
    expect(registerForEvent({ eventId: e.id, email: "jane.doe@gmail.com", lang: "fr", details })).toEqual({ outcome: "registered", status: "confirmed" });
    expect(registerForEvent({ eventId: e.id, email: "JaneDoe+gda@googlemail.com", lang: "fr", details })).toEqual({ outcome: "resent" });
    expect(statuses(e.id)).toHaveLength(1);
    // The link goes to the address on file, never to a new spelling of it.
    expect(mails("jane.doe@gmail.com").map((m) => m.template)).toEqual(["registration-confirmed", "registration-link"]);
    expect(mails("JaneDoe+gda@googlemail.com")).toHaveLength(0);
  });

  it("refuses drafts, events not yet open and events past", () => {
    expect(registerForEvent({ eventId: makeEvent({ status: "draft" }).id, email: "z@x.org", lang: "en", details }).outcome).toBe("closed");
    expect(registerForEvent({ eventId: makeEvent({ registrationOpensAt: now + HOUR }).id, email: "z@x.org", lang: "en", details }).outcome).toBe("closed");
    expect(registerForEvent({ eventId: makeEvent({ startsAt: now - 3 * HOUR, endsAt: now - 2 * HOUR }).id, email: "z@x.org", lang: "en", details }).outcome).toBe("closed");
  });

  it("promotes the first person waiting when a confirmed registrant cancels, and emails them", () => {
    const e = makeEvent({ capacity: 1 });
    registerForEvent({ eventId: e.id, email: "first@x.org", lang: "en", details });
    registerForEvent({ eventId: e.id, email: "second@x.org", lang: "ar", details });
    registerForEvent({ eventId: e.id, email: "third@x.org", lang: "en", details });
    const token = db().select().from(registrations).where(eq(registrations.email, "first@x.org")).get()!.token;
    expect(cancelRegistration(token)).toBe(true);
    expect(cancelRegistration(token)).toBe(false);
    expect(statuses(e.id).map((r) => r.status)).toEqual(["cancelled", "confirmed", "waiting"]);
    expect(mails("second@x.org").map((m) => m.template)).toEqual(["registration-waiting", "registration-promoted"]);
    expect(mails("second@x.org")[1]!.lang).toBe("ar");
  });

  it("holds registrations for approval when the event requires it; approval gives a seat or a waiting place", () => {
    const e = makeEvent({ capacity: 1, requiresApproval: true });
    registerForEvent({ eventId: e.id, email: "p1@x.org", lang: "en", details });
    registerForEvent({ eventId: e.id, email: "p2@x.org", lang: "en", details });
    expect(statuses(e.id).map((r) => r.status)).toEqual(["pending", "pending"]);
    const [r1, r2] = db().select().from(registrations).where(eq(registrations.eventId, e.id)).all();
    expect(decideRegistration(e.id, r1!.id, "approve", staffId)).toBe(true);
    expect(decideRegistration(e.id, r2!.id, "approve", staffId)).toBe(true);
    expect(statuses(e.id).map((r) => r.status)).toEqual(["confirmed", "waiting"]);
  });
});

describe("reminders", () => {
  it("go once, to confirmed registrants, the day before", () => {
    const soon = makeEvent({ startsAt: now + 20 * HOUR, endsAt: now + 21 * HOUR, capacity: 1 });
    registerForEvent({ eventId: soon.id, email: "rem@x.org", lang: "ru", details });
    registerForEvent({ eventId: soon.id, email: "wait@x.org", lang: "ru", details });
    const later = makeEvent({ startsAt: now + 30 * HOUR, endsAt: now + 31 * HOUR });
    registerForEvent({ eventId: later.id, email: "later@x.org", lang: "en", details });
    sendDueReminders(now);
    sendDueReminders(now + 60_000);
    expect(mails("rem@x.org").filter((m) => m.template === "registration-reminder")).toHaveLength(1);
    expect(mails("wait@x.org").filter((m) => m.template === "registration-reminder")).toHaveLength(0);
    expect(mails("later@x.org").filter((m) => m.template === "registration-reminder")).toHaveLength(0);
  });
});
