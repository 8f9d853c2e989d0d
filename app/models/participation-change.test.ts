import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outbox, registrations } from "../../db/schema";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { changeParticipationType } from "./participation-change.server";
import { typesOfEvent } from "./participation-types.server";
import { verifyRegistration } from "./registration-proof.server";
import { registerForEvent } from "./registrations.server";

const HOUR = 3_600_000;
const now = Date.now();
const details = registrant();
const makeEvent = (overrides: Parameters<typeof insertEvent>[0] = {}) =>
  insertEvent({ title: { en: "Typed workshop" }, format: "hybrid", venue: { en: "Geneva" }, ...overrides }, now);
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const tokenIn = (text: string, path: string) => new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text)![1]!;
function register(eventId: number, email: string, participationTypeId: number) {
  expect(registerForEvent({ eventId, email, lang: "en", details, participationTypeId }).outcome).toBe("registered");
  const mail = mails(email).find((m) => m.template === "registration-verify")!;
  expect(verifyRegistration(tokenIn(mail.text, "registrations"))).toBe("proven");
}
const rowsOf = (eventId: number) =>
  db().select({ status: registrations.status, typeId: registrations.participationTypeId }).from(registrations).where(eq(registrations.eventId, eventId)).all();

describe("changing how one takes part", () => {
  it("moves nobody once the event's registration has closed, though a seat of the other type is free", () => {
    const e = makeEvent({ capacity: 5, registrationClosesAt: now + 2 * HOUR });
    const [room, online] = typesOfEvent(e.id);
    register(e.id, "late1@x.org", online!.id);
    const token = tokenIn(mails("late1@x.org").find((m) => m.template !== "registration-verify")!.text, "registrations");
    // The event has not begun, but its registration closed an hour ago.
    expect(changeParticipationType(token, room!.id, now + 3 * HOUR)).toBe("unavailable");
    expect(rowsOf(e.id).map((r) => [r.status, r.typeId])).toEqual([["confirmed", online!.id]]);
    // While it was open, the same move was allowed.
    expect(changeParticipationType(token, room!.id, now + HOUR)).toBe("changed");
  });
});
