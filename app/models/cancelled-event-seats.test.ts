import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events } from "../../db/schema";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { lastRegistrationToken, mailsTo, registrationStatuses } from "~/test-support/registration-fixtures";
import { db, write } from "~/utils/db.server";
import { manageView } from "~/routes/$lang.registrations.$token/view.server";
import { createStaffUser } from "./staff.server";
import { checkIn } from "./check-in.server";
import { decideRegistration } from "./registrant-desk.server";
import { releaseLapsedHolds, verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, getRegistrationByToken, registerForEvent } from "./registrations.server";
import { env } from "~/utils/env.server";

const now = Date.now();
const DAY = 24 * 3_600_000;
const details = registrant();
const templates = (to: string) => mailsTo(to).map((m) => m.template);
const cancel = (id: number) => write((tx) => tx.update(events).set({ status: "cancelled" }).where(eq(events.id, id)).run());

/** An event in the room with two seats: one confirmed, one held for an unproven address, and a proven person in line. */
function calledOffEvent(slug: string) {
  const e = insertEvent({ slug, format: "in-person", venue: { en: "Geneva" }, capacity: 2, joinUrl: "https://meet.example.org/x" }, now);
  for (const [who, prove] of [
    ["seated", true],
    ["held", false],
    ["line", true],
  ] as const) {
    const email = `${who}-${slug}@x.org`;
    registerForEvent({ eventId: e.id, email, lang: "en", details }, now);
    if (prove) expect(verifyRegistration(lastRegistrationToken(email), now)).toBe("proven");
  }
  expect(registrationStatuses(e.id)).toEqual([`seated-${slug}:confirmed`, `held-${slug}:held`, `line-${slug}:waiting`]);
  cancel(e.id);
  return { e, mail: (who: string) => `${who}-${slug}@x.org` };
}

describe("a cancelled event gives no seat, code or link", () => {
  it("an address proven after the cancellation is not seated nor sent a code for the door", () => {
    const { e, mail } = calledOffEvent("off-proof");
    const token = lastRegistrationToken(mail("held"));
    expect(manageView("en", getRegistrationByToken(token)!).event.cancelled).toBe(true);
    expect(verifyRegistration(token, now)).toBe("cancelled");
    expect(registrationStatuses(e.id)).toEqual(["seated-off-proof:confirmed", "held-off-proof:held", "line-off-proof:waiting"]);
    expect(templates(mail("held"))).toEqual(["registration-verify"]);
  });

  it("a seat given up or lapsing moves nobody up the waiting list", () => {
    const { e, mail } = calledOffEvent("off-line");
    expect(cancelRegistration(lastRegistrationToken(mail("seated")), now)).toBe("cancelled");
    expect(releaseLapsedHolds(now + env().SEAT_HOLD_MINUTES * 60_000)).toBeGreaterThan(0);
    expect(registrationStatuses(e.id)).toEqual(["seated-off-line:cancelled", "held-off-line:expired", "line-off-line:waiting"]);
    expect(templates(mail("line"))).toEqual(["registration-verify", "registration-waiting"]);
  });

  it("the desk seats nobody there: no promotion, and so no «confirmed» email", async () => {
    const { e, mail } = calledOffEvent("off-desk");
    const staff = (await createStaffUser({ email: "desk-off@itu.int", name: "Desk", role: "editor", password: "long enough password" })).id;
    const line = getRegistrationByToken(lastRegistrationToken(mail("line")))!.reg;
    expect(decideRegistration(e.id, line.id, "promote", staff, now)).toBe(false);
    expect(registrationStatuses(e.id)).toEqual(["seated-off-desk:confirmed", "held-off-desk:held", "line-off-desk:waiting"]);
    expect(templates(mail("line"))).toEqual(["registration-verify", "registration-waiting"]);
    // Its own record is still the desk's to keep: a refusal goes through.
    expect(decideRegistration(e.id, line.id, "reject", staff, now)).toBe(true);
    expect(templates(mail("line"))).toEqual(["registration-verify", "registration-waiting"]);
    expect(db().select().from(events).where(eq(events.id, e.id)).get()!.status).toBe("cancelled");
  });

  it("nobody is marked present, at the door or on the desk, so no certificate can follow", async () => {
    const { e, mail } = calledOffEvent("off-door");
    const staff = (await createStaffUser({ email: "door-off@itu.int", name: "Door", role: "editor", password: "long enough password" })).id;
    const seated = getRegistrationByToken(lastRegistrationToken(mail("seated")))!.reg;
    expect(checkIn({ eventId: e.id, typed: "AAAAA-AAAAA", staffUserId: staff, guessKey: "off-door" }, e.startsAt)).toEqual({ outcome: "cancelled" });
    expect(decideRegistration(e.id, seated.id, "attended", staff, e.startsAt)).toBe(false);
    expect(getRegistrationByToken(lastRegistrationToken(mail("seated")))!.reg.attendedAt).toBeNull();
  });

  it("the desk marks nobody present weeks before an event, as the door refuses, and does once its door is open", async () => {
    const e = insertEvent(
      { slug: "far-ahead", format: "in-person", venue: { en: "Geneva" }, startsAt: now + 30 * DAY, endsAt: now + 30 * DAY + 3_600_000 },
      now,
    );
    registerForEvent({ eventId: e.id, email: "far@x.org", lang: "en", details }, now);
    expect(verifyRegistration(lastRegistrationToken("far@x.org"), now)).toBe("proven");
    const staff = (await createStaffUser({ email: "far-desk@itu.int", name: "Far", role: "editor", password: "long enough password" })).id;
    const reg = getRegistrationByToken(lastRegistrationToken("far@x.org"))!.reg;
    expect(decideRegistration(e.id, reg.id, "attended", staff, now)).toBe(false);
    expect(decideRegistration(e.id, reg.id, "attended", staff, e.startsAt - 6 * DAY)).toBe(true);
  });
});
