import { eq } from "drizzle-orm";
import { insertEvent, newStaffId, registrant } from "~/test-support/fixtures";
import { describe, expect, it } from "vitest";
import { outbox, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";
import { registrantCalendar } from "./registrant-emails.server";
import { decideRegistration } from "./registrant-desk.server";
import { verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";

const now = Date.now();
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const tokenOf = (to: string) => /\/registrations\/([A-Za-z0-9_-]{43})/.exec(mails(to)[0]!.text)![1]!;

const read = (m: { template: string; text: string; attachments: string }) => [
  m.template,
  m.text.includes("fichier de calendrier"),
  m.attachments.includes("text/calendar"),
];

/** Registers and proves the address by the emailed link, as a real registrant does. */
function register(eventId: number, email: string) {
  registerForEvent({ eventId, email, lang: "fr", details: registrant() }, now);
  expect(verifyRegistration(tokenOf(email), now)).toBe("proven");
}

describe("registration emails", () => {
  it("speak of the calendar file only when one is attached", () => {
    const e = insertEvent({ title: { en: "Calendar webinar" }, timeZone: "Europe/Zurich", capacity: 1 }, now);
    register(e.id, "cal-seat@x.org");
    register(e.id, "cal-wait@x.org");
    expect(cancelRegistration(tokenOf("cal-seat@x.org"))).toBe("cancelled");
    const [, confirmed, cancelled] = mails("cal-seat@x.org");
    expect(read(confirmed!)).toEqual(["registration-confirmed", true, true]);
    expect(read(cancelled!)).toEqual(["registration-cancelled", false, false]);
    expect(read(mails("cal-wait@x.org")[1]!)).toEqual(["registration-waiting", false, false]);
  });

  it("attach no calendar file while the seat awaits approval, and attach it once granted", async () => {
    const e = insertEvent({ title: { en: "Approved webinar" }, timeZone: "Europe/Zurich", requiresApproval: true }, now);
    register(e.id, "cal-pending@x.org");
    const [, pending] = mails("cal-pending@x.org");
    expect(read(pending!)).toEqual(["registration-pending", false, false]);
    const reg = db().select().from(registrations).where(eq(registrations.email, "cal-pending@x.org")).get()!;
    expect(decideRegistration(e.id, reg.id, "approve", await newStaffId())).toBe(true);
    expect(read(mails("cal-pending@x.org").at(-1)!)).toEqual(["registration-confirmed", true, true]);
  });

  it("offer to change or cancel a registration that is still on, and only to see one that was cancelled", () => {
    const e = insertEvent({ title: { en: "Button webinar" }, timeZone: "Europe/Zurich", capacity: 5 }, now);
    register(e.id, "button@x.org");
    expect(cancelRegistration(tokenOf("button@x.org"))).toBe("cancelled");
    const [, confirmed, cancelled] = mails("button@x.org");
    expect(confirmed!.text).toContain("Consulter, modifier ou annuler mon inscription");
    expect(cancelled!.text).toContain("Consulter mon inscription");
    expect(cancelled!.text).not.toContain("modifier ou annuler");
  });

  it("write the calendar file's join line and name with the language's punctuation and the initiative's name", () => {
    const e = insertEvent({ title: { en: "Join webinar" }, timeZone: "Europe/Zurich", joinUrl: "https://itu.example/j/42" }, now);
    const unfold = (ics: string) => ics.replace(/\r?\n /g, "");
    const fr = unfold(registrantCalendar(e, "fr", true));
    expect(fr).toContain("Rejoindre la manifestation en ligne\u00a0: https://itu.example/j/42");
    expect(fr).toContain("X-WR-CALNAME:Action du secteur du numérique pour l'environnement");
    expect(fr).not.toContain("X-WR-CALNAME:Green Digital Action");
    expect(unfold(registrantCalendar(e, "zh", true))).toContain("在线参加活动：https://itu.example/j/42");
  });
});
