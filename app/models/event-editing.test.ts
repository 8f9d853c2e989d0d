import { getProgramme, saveSession } from "./programme.server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventPillars, events, outbox, participationTypes, pillars, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";
import { getEventForEditing, saveEvent, type EventInput } from "./event-editing.server";
import { historyFor } from "./audit.server";
import { verifyRegistration } from "./registration-proof.server";
import { getRegistrationByToken, registerForEvent } from "./registrations.server";
import { manageView } from "~/routes/$lang.registrations.$token/view.server";
import { createStaffUser } from "./staff.server";
import { eventInput } from "~/test-support/event-input";

const HOUR = 3_600_000;
const now = Date.now();
const input = (over: Partial<EventInput> = {}) => eventInput(over, now);
const details = {
  firstName: "A",
  lastName: "B",
  organisation: "O",
  organisationType: "academia" as const,
  country: "FR",
  jobTitle: "J",
  gender: null,
  accessibilityNeeds: null,
};

describe("saving an event", () => {
  it("keeps the programme, which has its own page, records who changed it, and refuses a slug already in use", async () => {
    const staff = (await createStaffUser({ email: "ed@itu.int", name: "Ed", role: "editor", password: "long enough password" })).id;
    const saved = saveEvent(null, input(), staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const id = saved.id;
    const session = { startsAt: now + 72 * HOUR, endsAt: now + 72.5 * HOUR, title: { en: "Opening" }, room: {}, interpretation: [], speakerIds: [] };
    expect(saveSession(id, null, session, staff).outcome).toBe("saved");
    expect(saveEvent(null, input(), staff)).toEqual({ outcome: "slug-taken" });
    expect(saveEvent(id + 1000, input({ slug: "nowhere" }), staff)).toEqual({ outcome: "not-found" });
    saveEvent(id, input({ fee: { en: "Free" } }), staff);
    expect(getProgramme(id).sessions.map((s) => s.title.en)).toEqual(["Opening"]);
    expect(getEventForEditing(id)!.fee).toEqual({ en: "Free" });
    expect(historyFor("event", id).map((h) => [h.action, h.who])).toEqual([
      ["updated", "Ed"],
      ["session-added", "Ed"],
      ["created", "Ed"],
    ]);
  });

  it("tells registrants, seated or in line, when the time or the join link changes, and moves the waiting list up when seats are added", async () => {
    const staff = (await createStaffUser({ email: "ed2@itu.int", name: "Ed2", role: "editor", password: "long enough password" })).id;
    const saved = saveEvent(null, input({ slug: "moved-event" }), staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const id = saved.id;
    // Each registrant proves the address by the emailed link, as on the site.
    const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
    for (const [email, lang] of [
      ["in@x.org", "es"],
      ["out@x.org", "en"],
    ] as const) {
      registerForEvent({ eventId: id, email, lang, details });
      expect(verifyRegistration(/\/registrations\/([A-Za-z0-9_-]{43})/.exec(mails(email).at(-1)!.text)![1]!)).toBe("proven");
    }
    saveEvent(id, input({ slug: "moved-event", title: { en: "Renamed" } }), staff);
    const templates = (to: string) => mails(to).map((m) => m.template);
    expect(templates("in@x.org")).toEqual(["registration-verify", "registration-confirmed"]);
    saveEvent(id, input({ slug: "moved-event", startsAt: now + 96 * HOUR, endsAt: now + 97 * HOUR }), staff);
    expect(templates("in@x.org")).toEqual(["registration-verify", "registration-confirmed", "event-changed"]);
    // On the waiting list, a new date is news too: the seat may yet come, on the new day.
    expect(templates("out@x.org")).toEqual(["registration-verify", "registration-waiting", "event-changed"]);
    saveEvent(id, input({ slug: "moved-event", startsAt: now + 96 * HOUR, endsAt: now + 97 * HOUR, capacity: 2 }), staff);
    expect(templates("out@x.org")).toEqual(["registration-verify", "registration-waiting", "event-changed", "registration-promoted"]);
    expect(
      db()
        .select()
        .from(registrations)
        .where(eq(registrations.eventId, id))
        .all()
        .map((r) => r.status),
    ).toEqual(["confirmed", "confirmed"]);
  });

  it("refuses a circular or a pillar that does not exist, with nothing written, instead of failing on the foreign key", async () => {
    const staff = (await createStaffUser({ email: "ed3@itu.int", name: "Ed3", role: "editor", password: "long enough password" })).id;
    const pillar = db().select({ id: pillars.id }).from(pillars).get()?.id;
    const saved = saveEvent(null, input({ slug: "announced-event", pillarIds: pillar ? [pillar] : [] }), staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const before = getEventForEditing(saved.id);
    expect(saveEvent(saved.id, input({ slug: "announced-event", title: { en: "Changed" }, circularId: 999_999 }), staff)).toEqual({
      outcome: "unknown-choice",
      field: "circularId",
    });
    expect(saveEvent(saved.id, input({ slug: "announced-event", title: { en: "Changed" }, pillarIds: [999_999] }), staff)).toEqual({
      outcome: "unknown-choice",
      field: "pillar",
    });
    expect(saveEvent(null, input({ slug: "never-made", circularId: 999_999 }), staff).outcome).toBe("unknown-choice");
    expect(getEventForEditing(saved.id)).toEqual(before);
    expect(db().select().from(events).where(eq(events.slug, "never-made")).all()).toEqual([]);
    expect(db().select().from(eventPillars).where(eq(eventPillars.eventId, saved.id)).all().length).toBe(pillar ? 1 : 0);
  });

  it("tells the room of a new venue, and everyone it counts on that the event is cancelled, with no link to join it", async () => {
    const staff = (await createStaffUser({ email: "ed4@itu.int", name: "Ed4", role: "editor", password: "long enough password" })).id;
    const at = input({ slug: "called-off", format: "hybrid", venue: { en: "Geneva", fr: "Genève" }, capacity: 1, requiresApproval: false });
    const saved = saveEvent(null, at, staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
    const templates = (to: string) => mails(to).map((m) => m.template);
    // Seated online (no limit), seated in the room, in the room's line, and an address never proven.
    for (const [email, type, prove] of [
      ["online@x.org", 1, true],
      ["room@x.org", 0, true],
      ["line@x.org", 0, true],
      ["unproven@x.org", 0, false],
    ] as const) {
      const typeId = db().select().from(participationTypes).where(eq(participationTypes.eventId, saved.id)).all()[type]!.id;
      registerForEvent({ eventId: saved.id, email, lang: "fr", details, participationTypeId: typeId });
      if (prove) expect(verifyRegistration(/\/registrations\/([A-Za-z0-9_-]{43})/.exec(mails(email).at(-1)!.text)![1]!)).toBe("proven");
    }
    // The same words in another key order are not a new venue; other words are.
    // The editor is told how many were emailed: none, then the two in the room, seated and in line (a new
    // venue is not news to those online), then all three still counted on.
    expect(saveEvent(saved.id, { ...at, venue: { fr: "Genève", en: "Geneva" } }, staff)).toMatchObject({ told: 0 });
    expect(templates("room@x.org")).toEqual(["registration-verify", "registration-confirmed"]);
    expect(saveEvent(saved.id, { ...at, venue: { en: "Geneva, CICG", fr: "Genève, CICG" } }, staff)).toMatchObject({ told: 2 });
    expect([templates("room@x.org").at(-1), templates("line@x.org").at(-1)]).toEqual(["event-changed", "event-changed"]);
    expect(templates("online@x.org")).toEqual(["registration-verify", "registration-confirmed"]);

    expect(saveEvent(saved.id, { ...at, venue: { en: "Geneva, CICG", fr: "Genève, CICG" }, status: "cancelled" }, staff)).toMatchObject({ told: 3 });
    for (const email of ["online@x.org", "room@x.org", "line@x.org"]) expect(templates(email).at(-1)).toBe("event-cancelled");
    expect(templates("unproven@x.org")).toEqual(["registration-verify"]);
    const notice = mails("online@x.org").at(-1)!;
    expect(notice.subject).toContain("Annulation");
    expect(notice.text).not.toContain("meet.example.org");
    expect(notice.html).not.toContain("meet.example.org");
    // Their own pages say so too, with no link to join nor code for the door.
    const pageOf = (email: string) => manageView("fr", getRegistrationByToken(/\/registrations\/([A-Za-z0-9_-]{43})/.exec(mails(email).at(-1)!.text)![1]!)!);
    expect([pageOf("online@x.org").event.cancelled, pageOf("online@x.org").registration.joinUrl, pageOf("online@x.org").registration.status]).toEqual([
      true,
      null,
      "cancelled",
    ]);
    expect(pageOf("room@x.org").registration.checkIn).toBeNull();
  });
});
