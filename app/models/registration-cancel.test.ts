import { eq } from "drizzle-orm";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { describe, expect, it } from "vitest";
import { outbox, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";
import { verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";

const HOUR = 3_600_000;
const details = registrant();
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const statuses = (eventId: number) =>
  Object.fromEntries(
    db()
      .select({ email: registrations.email, status: registrations.status })
      .from(registrations)
      .where(eq(registrations.eventId, eventId))
      .all()
      .map((r) => [r.email, r.status]),
  );
function tokenFromOutbox(to: string) {
  const mail = mails(to)
    .filter((m) => m.template === "registration-verify")
    .at(-1)!;
  return /\/registrations\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}
/** Registers and proves the address by the emailed link, as a real registrant does. */
function register(eventId: number, email: string) {
  expect(registerForEvent({ eventId, email, lang: "en", details }).outcome).toBe("registered");
  expect(verifyRegistration(tokenFromOutbox(email))).toBe("proven");
}

describe("cancelling by the manage link", () => {
  it("is refused once the event has ended: the past stays as it was and no one waiting is promoted to it", () => {
    const e = insertEvent({ title: { en: "Ended webinar" }, timeZone: "Europe/Zurich", capacity: 1 });
    register(e.id, "went-cancel@x.org");
    register(e.id, "late-cancel@x.org");
    expect(cancelRegistration(tokenFromOutbox("went-cancel@x.org"), e.endsAt + HOUR)).toBe(false);
    expect(statuses(e.id)).toEqual({ "went-cancel@x.org": "confirmed", "late-cancel@x.org": "waiting" });
    expect(mails("late-cancel@x.org").map((m) => m.template)).not.toContain("registration-promoted");
  });

  it("still works before the event ends, and gives the seat to the first one waiting", () => {
    const e = insertEvent({ title: { en: "Coming webinar" }, timeZone: "Europe/Zurich", capacity: 1 });
    register(e.id, "leaves-cancel@x.org");
    register(e.id, "waits-cancel@x.org");
    expect(cancelRegistration(tokenFromOutbox("leaves-cancel@x.org"), e.endsAt - HOUR)).toBe(true);
    expect(statuses(e.id)).toEqual({ "leaves-cancel@x.org": "cancelled", "waits-cancel@x.org": "confirmed" });
  });
});
