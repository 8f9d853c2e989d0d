import { eq } from "drizzle-orm";
import { insertEvent, manageTokenFromOutbox as tokenFromOutbox, registrant } from "~/test-support/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, eventMessages, events, outbox, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";
import { getT } from "~/utils/i18n.server";
import { audienceSizes, messageFor, sendEventMessage, sentMessages } from "./event-messages.server";
import { decideRegistration } from "./registrant-desk.server";
import { createStaffUser } from "./staff.server";
import { verifyRegistration } from "./registration-proof.server";
import { sendDueReminders } from "./registration-reminders.server";
import { cancelRegistration, emailKey, getRegistrationByToken, registerForEvent } from "./registrations.server";

const HOUR = 3_600_000;
const now = Date.now();
const details = registrant();

function makeEvent(overrides: Partial<typeof events.$inferInsert> = {}) {
  return insertEvent({ title: { en: "Test webinar" }, timeZone: "Europe/Zurich", capacity: 2, joinUrl: "https://meet.example.org/secret", ...overrides }, now);
}

const statuses = (eventId: number) =>
  db().select({ email: registrations.email, status: registrations.status }).from(registrations).where(eq(registrations.eventId, eventId)).all();
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
/** Registers and proves the address by the emailed link, as a real registrant does. */
function register(input: Parameters<typeof registerForEvent>[0], at = Date.now()) {
  const result = registerForEvent(input, at);
  if (result.outcome === "registered") expect(verifyRegistration(tokenFromOutbox(input.email), at)).toBe("proven");
  return result;
}

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
      register({ eventId: e.id, email: who, lang: "en", details });
    }
    expect(statuses(e.id).map((r) => r.status)).toEqual(["confirmed", "confirmed", "waiting", "waiting"]);
    expect(mails("a@x.org")[1]!.template).toBe("registration-confirmed");
    expect(mails("a@x.org")[1]!.html).toContain("meet.example.org/secret");
    expect(mails("d@x.org")[1]!.template).toBe("registration-waiting");
    expect(mails("d@x.org")[1]!.text).toMatch(/2/);
    expect(mails("d@x.org")[1]!.html).not.toContain("meet.example.org");
  });

  it("treats an alias of a registered address as the same person: one registration", () => {
    const e = makeEvent();
    expect(registerForEvent({ eventId: e.id, email: "jane.doe@gmail.com", lang: "fr", details })).toEqual({ outcome: "registered", status: "held" });
    expect(registerForEvent({ eventId: e.id, email: "JaneDoe+gda@googlemail.com", lang: "fr", details }, now + 1000)).toEqual({
      outcome: "registered",
      status: "held",
    });
    expect(statuses(e.id)).toHaveLength(1);
    // Not yet proven, the registration is replaced, its link going to the spelling typed last (a proven address keeps its own: registration-proof.test.ts).
    expect(mails("jane.doe@gmail.com").map((m) => m.template)).toEqual(["registration-verify"]);
    expect(mails("JaneDoe+gda@googlemail.com").map((m) => m.template)).toEqual(["registration-verify"]);
  });

  it("refuses drafts, events not yet open and events past", () => {
    expect(registerForEvent({ eventId: makeEvent({ status: "draft" }).id, email: "z@x.org", lang: "en", details }).outcome).toBe("closed");
    expect(registerForEvent({ eventId: makeEvent({ registrationOpensAt: now + HOUR }).id, email: "z@x.org", lang: "en", details }).outcome).toBe("closed");
    expect(
      registerForEvent({ eventId: makeEvent({ startsAt: now - 3 * HOUR, endsAt: now - 2 * HOUR }).id, email: "z@x.org", lang: "en", details }).outcome,
    ).toBe("closed");
  });

  it("promotes the first person waiting when a confirmed registrant cancels, and emails them", () => {
    const e = makeEvent({ capacity: 1 });
    register({ eventId: e.id, email: "first@x.org", lang: "en", details });
    register({ eventId: e.id, email: "second@x.org", lang: "ar", details });
    register({ eventId: e.id, email: "third@x.org", lang: "en", details });
    const token = tokenFromOutbox("first@x.org");
    expect(cancelRegistration(token)).toBe("cancelled");
    expect(cancelRegistration(token)).toBe("unchanged");
    expect(statuses(e.id).map((r) => r.status)).toEqual(["cancelled", "confirmed", "waiting"]);
    expect(mails("second@x.org").map((m) => m.template)).toEqual(["registration-verify", "registration-waiting", "registration-promoted"]);
    expect(mails("second@x.org")[2]!.lang).toBe("ar");
  });

  it("puts one who cancels and registers again at the end of the line, not back in their old place", () => {
    const e = makeEvent({ capacity: 1 });
    register({ eventId: e.id, email: "early@x.org", lang: "en", details }, now);
    register({ eventId: e.id, email: "next@x.org", lang: "en", details }, now + 1000);
    register({ eventId: e.id, email: "patient@x.org", lang: "en", details }, now + 2000);
    // The first cancels (the next in line takes the seat) and comes back: the line is now patient, then early.
    expect(cancelRegistration(tokenFromOutbox("early@x.org"), now + 3000)).toBe("cancelled");
    register({ eventId: e.id, email: "early@x.org", lang: "en", details }, now + 4000);
    const position = (email: string) => getRegistrationByToken(tokenFromOutbox(email))!.position;
    expect([position("patient@x.org"), position("early@x.org")]).toEqual([1, 2]);
    // The seat freed next goes to who waited longer.
    expect(cancelRegistration(tokenFromOutbox("next@x.org"), now + 5000)).toBe("cancelled");
    expect(Object.fromEntries(statuses(e.id).map((r) => [r.email, r.status]))).toEqual({
      "early@x.org": "waiting",
      "next@x.org": "cancelled",
      "patient@x.org": "confirmed",
    });
  });

  it("holds registrations for approval when the event requires it; approval gives a seat or a waiting place", () => {
    const e = makeEvent({ capacity: 1, requiresApproval: true });
    register({ eventId: e.id, email: "p1@x.org", lang: "en", details });
    register({ eventId: e.id, email: "p2@x.org", lang: "en", details });
    expect(statuses(e.id).map((r) => r.status)).toEqual(["pending", "pending"]);
    const [r1, r2] = db().select().from(registrations).where(eq(registrations.eventId, e.id)).all();
    expect(decideRegistration(e.id, r1!.id, "approve", staffId)).toBe(true);
    expect(decideRegistration(e.id, r2!.id, "approve", staffId)).toBe(true);
    expect(statuses(e.id).map((r) => r.status)).toEqual(["confirmed", "waiting"]);
  });
});

describe("reminders", () => {
  const sent = (to: string, template: string) => mails(to).filter((m) => m.template === template);

  it("go once, the day before, to confirmed registrants who registered before that day", () => {
    const soon = makeEvent({ startsAt: now + 20 * HOUR, endsAt: now + 21 * HOUR, capacity: 1, format: "in-person", registrationOpensAt: now - 72 * HOUR });
    register({ eventId: soon.id, email: "rem@x.org", lang: "ru", details }, now - 30 * HOUR);
    register({ eventId: soon.id, email: "wait@x.org", lang: "ru", details }, now - 30 * HOUR);
    const fresh = makeEvent({ startsAt: now + 20 * HOUR, endsAt: now + 21 * HOUR, format: "in-person" });
    register({ eventId: fresh.id, email: "fresh@x.org", lang: "en", details }, now - 10 * 60_000);
    const later = makeEvent({ startsAt: now + 30 * HOUR, endsAt: now + 31 * HOUR, registrationOpensAt: now - 72 * HOUR });
    register({ eventId: later.id, email: "later@x.org", lang: "en", details }, now - 40 * HOUR);
    sendDueReminders(now);
    sendDueReminders(now + 60_000);
    expect(sent("rem@x.org", "registration-reminder")).toHaveLength(1);
    expect(sent("wait@x.org", "registration-reminder")).toHaveLength(0);
    // Registered ten minutes ago, within the last day: the confirmation was the reminder.
    expect(sent("fresh@x.org", "registration-reminder")).toHaveLength(0);
    expect(sent("later@x.org", "registration-reminder")).toHaveLength(0);
  });

  it("go an hour before an online event, with the join link, instead of the day's reminder", () => {
    const online = makeEvent({ startsAt: now + 50 * 60_000, endsAt: now + 2 * HOUR, capacity: null, registrationOpensAt: now - 72 * HOUR });
    register({ eventId: online.id, email: "early@x.org", lang: "fr", details }, now - 48 * HOUR);
    register({ eventId: online.id, email: "today@x.org", lang: "en", details }, now - 3 * HOUR);
    register({ eventId: online.id, email: "last-minute@x.org", lang: "en", details }, now - 5 * 60_000);
    const inPerson = makeEvent({
      startsAt: now + 50 * 60_000,
      endsAt: now + 2 * HOUR,
      format: "in-person",
      joinUrl: null,
      registrationOpensAt: now - 72 * HOUR,
    });
    register({ eventId: inPerson.id, email: "room@x.org", lang: "en", details }, now - 3 * HOUR);

    sendDueReminders(now);
    sendDueReminders(now + 60_000);
    const early = sent("early@x.org", "registration-starting");
    expect(early).toHaveLength(1);
    expect(early[0]!.lang).toBe("fr");
    expect(early[0]!.html).toContain("meet.example.org/secret");
    expect(sent("early@x.org", "registration-reminder")).toHaveLength(0);
    expect(sent("today@x.org", "registration-starting")).toHaveLength(1);
    expect(sent("last-minute@x.org", "registration-starting")).toHaveLength(0);
    expect(sent("room@x.org", "registration-starting")).toHaveLength(0);
  });
});

describe("the secretariat writing to registrants", () => {
  const key = () => crypto.randomUUID().replace(/-/g, "").padEnd(43, "x");
  const message = {
    subject: { en: "Slides", fr: "Présentations" },
    body: { en: "The slides are online.\n\nSee you soon.", fr: "Les présentations sont en ligne." },
  };

  it("reaches exactly the chosen audience, each in their own language, the join link only with a seat", () => {
    const e = makeEvent({ capacity: 1 });
    register({ eventId: e.id, email: "seat@x.org", lang: "fr", details });
    register({ eventId: e.id, email: "queue@x.org", lang: "ar", details });
    register({ eventId: e.id, email: "gone@x.org", lang: "en", details });
    cancelRegistration(tokenFromOutbox("gone@x.org"));
    expect(audienceSizes(e.id)).toEqual({ confirmed: 1, waiting: 1, pending: 0, attended: 0, active: 2 });

    expect(sendEventMessage(e.id, { audience: "confirmed", ...message, formKey: key() }, staffId)).toEqual({ outcome: "sent", count: 1 });
    const toSeat = mails("seat@x.org").filter((m) => m.template === "event-message");
    expect(toSeat).toHaveLength(1);
    expect(toSeat[0]!.lang).toBe("fr");
    expect(toSeat[0]!.subject).toBe("Présentations — Test webinar");
    expect(toSeat[0]!.text).toContain("Les présentations sont en ligne.");
    expect(toSeat[0]!.html).toContain("meet.example.org/secret");
    expect(mails("queue@x.org").filter((m) => m.template === "event-message")).toHaveLength(0);

    expect(sendEventMessage(e.id, { audience: "active", ...message, formKey: key() }, staffId)).toEqual({ outcome: "sent", count: 2 });
    const toQueue = mails("queue@x.org").filter((m) => m.template === "event-message");
    expect(toQueue).toHaveLength(1);
    // No Arabic version: the English one, said to be in English (named in Arabic), and no join link without a seat.
    expect(toQueue[0]!.text).toContain("The slides are online.");
    expect(toQueue[0]!.text).toContain("الإنكليزية");
    expect(toQueue[0]!.html).toContain('dir="rtl"');
    expect(toQueue[0]!.html).not.toContain("meet.example.org");
    expect(toQueue[0]!.text).toContain(`${getT("ar", "email")("registration.position")}: 1\n`);
    expect(mails("gone@x.org").filter((m) => m.template === "event-message")).toHaveLength(0);

    const history = db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(e.id)))
      .all()
      .filter((a) => a.action === "message-sent");
    expect(history).toHaveLength(2);
    expect(sentMessages(e.id).map((m) => [m.message.audience, m.message.recipientCount, m.sender])).toEqual([
      ["active", 2, "Desk"],
      ["confirmed", 1, "Desk"],
    ]);
  });

  it("sends a form only once, and refuses an audience with nobody in it, writing nothing", () => {
    const e = makeEvent();
    register({ eventId: e.id, email: "once@x.org", lang: "en", details });
    const formKey = key();
    expect(sendEventMessage(e.id, { audience: "confirmed", ...message, formKey }, staffId).outcome).toBe("sent");
    expect(sendEventMessage(e.id, { audience: "confirmed", ...message, formKey }, staffId).outcome).toBe("repeat");
    expect(mails("once@x.org").filter((m) => m.template === "event-message")).toHaveLength(1);

    const before = db().select().from(outbox).all().length;
    expect(sendEventMessage(e.id, { audience: "attended", ...message, formKey: key() }, staffId).outcome).toBe("nobody");
    expect(db().select().from(outbox).all().length).toBe(before);
    expect(db().select().from(eventMessages).where(eq(eventMessages.eventId, e.id)).all()).toHaveLength(1);
  });

  it("gives each reader the version in their language, or the best one with its language named", () => {
    expect(messageFor(message.subject, message.body, "fr")).toEqual({ subject: "Présentations", body: "Les présentations sont en ligne.", writtenIn: null });
    expect(messageFor(message.subject, message.body, "ru")).toEqual({
      subject: "Slides",
      body: "The slides are online.\n\nSee you soon.",
      writtenIn: "английский",
    });
    // A subject written only in another language than the body still goes with it.
    expect(messageFor({ es: "Diapositivas" }, { en: "Online." }, "zh").subject).toBe("Diapositivas");
  });
});
