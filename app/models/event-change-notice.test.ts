import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outbox, participationTypes } from "../../db/schema";
import { newStaffId, registrant } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { formatEventWhen } from "~/utils/time";
import { saveEvent } from "./event-editing.server";
import { sendDueReminders } from "./registration-reminders.server";
import { eventInput } from "~/test-support/event-input";
import { verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";

const HOUR = 3_600_000;
const now = Date.now();
const at = eventInput(
  {
    slug: "notice-event",
    kind: "workshop",
    format: "hybrid",
    title: { en: "Notice workshop", fr: "Atelier d'avis" },
    venue: { en: "Geneva", fr: "Genève", ar: "جنيف" },
    endsAt: now + 74 * HOUR,
    capacity: 10,
    joinUrl: "https://meet.example.org/first",
  },
  now,
);
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const last = (to: string) => mails(to).at(-1)!;

describe("an event's change notice", () => {
  it("tells each confirmed registrant what changed for them, and what it was before, in their language", async () => {
    const staff = await newStaffId();
    const saved = saveEvent(null, at, staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const [room, online] = db().select().from(participationTypes).where(eq(participationTypes.eventId, saved.id)).all();
    for (const [email, lang, type] of [
      ["room-fr@x.org", "fr", room!],
      ["online-ar@x.org", "ar", online!],
    ] as const) {
      registerForEvent({ eventId: saved.id, email, lang, details: registrant(), participationTypeId: type.id });
      expect(verifyRegistration(/\/registrations\/([A-Za-z0-9_-]{43})/.exec(last(email).text)![1]!)).toBe("proven");
    }

    // A new room: those in it are told where they were to go and where to go now; those online are not written to.
    expect(saveEvent(saved.id, { ...at, venue: { ...at.venue, fr: "Genève, CICG" } }, staff)).toMatchObject({ told: 1 });
    expect(last("room-fr@x.org").text).toContain("Lieu\u00a0: Genève, CICG (auparavant\u00a0: Genève).");
    // The current details: the code for the door with them, and the calendar file spoken of once.
    expect(last("room-fr@x.org").attachments).toContain("check-in.png");
    expect(last("room-fr@x.org").text.match(/fichier de calendrier/g)).toHaveLength(1);
    expect(last("online-ar@x.org").template).toBe("registration-confirmed");

    // A new link: only those who join online hear of it, with the new link to use.
    const venue = { ...at.venue, fr: "Genève, CICG" };
    expect(saveEvent(saved.id, { ...at, venue, joinUrl: "https://meet.example.org/second" }, staff)).toMatchObject({ told: 1 });
    const link = last("online-ar@x.org");
    expect([link.template, link.text.includes("تغيّر رابط الانضمام"), link.text.includes("https://meet.example.org/second")]).toEqual([
      "event-changed",
      true,
      true,
    ]);
    expect(last("room-fr@x.org").text).not.toContain("meet.example.org");

    // A new time: everyone, each with the former date and time as written in their language.
    const moved = { ...at, venue, joinUrl: "https://meet.example.org/second", startsAt: at.startsAt + 24 * HOUR, endsAt: at.endsAt + 24 * HOUR };
    expect(saveEvent(saved.id, moved, staff)).toMatchObject({ told: 2 });
    expect(last("room-fr@x.org").text).toContain(`(auparavant\u00a0: ${formatEventWhen("fr", at)})`);
    expect(last("room-fr@x.org").text).not.toContain("Lieu\u00a0: Genève, CICG (auparavant");
    expect(last("online-ar@x.org").text).toContain(formatEventWhen("ar", at));
    expect(last("online-ar@x.org").text).not.toContain("تغيّر رابط الانضمام");
  });

  it("tells everyone its cancellation was sent to that the event takes place after all, in their language", async () => {
    const staff = await newStaffId();
    const one = { ...at, slug: "back-on", format: "virtual" as const, venue: { en: "Online" }, capacity: 1 };
    const saved = saveEvent(null, one, staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    for (const [email, lang] of [
      ["seat-es@x.org", "es"],
      ["line-ru@x.org", "ru"],
    ] as const) {
      registerForEvent({ eventId: saved.id, email, lang, details: registrant() });
      expect(verifyRegistration(/\/registrations\/([A-Za-z0-9_-]{43})/.exec(last(email).text)![1]!)).toBe("proven");
    }
    expect(saveEvent(saved.id, { ...one, status: "cancelled" }, staff)).toMatchObject({ told: 2 });
    expect(saveEvent(saved.id, one, staff)).toMatchObject({ told: 2 });
    const seat = last("seat-es@x.org");
    expect([seat.template, seat.text.includes("se celebrará finalmente"), seat.attachments.includes("text/calendar")]).toEqual(["event-changed", true, true]);
    const line = mails("line-ru@x.org").at(-1)!;
    expect([line.template, line.text.includes("все же состоится"), line.text.includes("файл календаря"), line.attachments]).toEqual([
      "event-changed",
      true,
      false,
      "[]",
    ]);
  });

  it("moves the waiting list up when an event is on again whose seats were given up while it was off", async () => {
    const staff = await newStaffId();
    const one = { ...at, slug: "back-on-seats", format: "virtual" as const, venue: { en: "Online" }, capacity: 1 };
    const saved = saveEvent(null, one, staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const token = (email: string) => /\/registrations\/([A-Za-z0-9_-]{43})/.exec(mails(email)[0]!.text)![1]!;
    for (const email of ["gone@x.org", "next@x.org"]) {
      registerForEvent({ eventId: saved.id, email, lang: "fr", details: registrant() });
      expect(verifyRegistration(token(email))).toBe("proven");
    }
    saveEvent(saved.id, { ...one, status: "cancelled" }, staff);
    expect(cancelRegistration(token("gone@x.org"))).toBe("cancelled");
    expect(last("next@x.org").template).toBe("event-cancelled");
    expect(saveEvent(saved.id, one, staff)).toMatchObject({ told: 1 });
    expect(
      mails("next@x.org")
        .map((m) => m.template)
        .slice(-2),
    ).toEqual(["event-changed", "registration-promoted"]);
  });

  it("reminds again before the new date of an event moved after its reminder went out", async () => {
    const staff = await newStaffId();
    const one = { ...at, slug: "moved-reminder", format: "in-person" as const, joinUrl: null, capacity: 5 };
    const saved = saveEvent(null, one, staff);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    registerForEvent({ eventId: saved.id, email: "remind@x.org", lang: "fr", details: registrant() }, now);
    expect(verifyRegistration(/\/registrations\/([A-Za-z0-9_-]{43})/.exec(last("remind@x.org").text)![1]!, now)).toBe("proven");
    sendDueReminders(one.startsAt - 23 * HOUR);
    expect(last("remind@x.org").template).toBe("registration-reminder");
    const moved = { ...one, startsAt: one.startsAt + 48 * HOUR, endsAt: one.endsAt + 48 * HOUR };
    saveEvent(saved.id, moved, staff);
    sendDueReminders(moved.startsAt - 23 * HOUR);
    expect(
      mails("remind@x.org")
        .map((m) => m.template)
        .slice(-3),
    ).toEqual(["registration-reminder", "event-changed", "registration-reminder"]);
  });
});
