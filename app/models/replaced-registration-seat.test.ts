import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outbox, registrations } from "../../db/schema";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { typesOfEvent } from "./participation-types.server";
import { releaseLapsedHolds, verifyRegistration } from "./registration-proof.server";
import { registerForEvent } from "./registrations.server";

const details = registrant();
const makeEvent = () =>
  insertEvent({
    kind: "workshop",
    title: { en: "Typed workshop" },
    timeZone: "Europe/Zurich",
    format: "hybrid",
    venue: { en: "Geneva" },
    capacity: 1,
    joinUrl: "https://meet.example.org/r",
  });
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
function register(eventId: number, email: string, participationTypeId: number) {
  registerForEvent({ eventId, email, lang: "en", details, participationTypeId });
  const mail = mails(email)
    .filter((m) => m.template === "registration-verify")
    .at(-1)!;
  expect(verifyRegistration(/\/registrations\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!)).toBe("proven");
}
const rowOf = (eventId: number, email: string) =>
  db()
    .select({ status: registrations.status, typeId: registrations.participationTypeId })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.email, email)))
    .get();

describe("a registration replaced by another spelling in another type", () => {
  it("gives the seat it held to the head of that type's line, not to a newcomer", () => {
    const e = makeEvent();
    const [room, online] = typesOfEvent(e.id);
    // An unproven spelling holds the one room seat; Wanda, proven, waits for the room.
    expect(registerForEvent({ eventId: e.id, email: "squat+a@x.org", lang: "en", details, participationTypeId: room!.id })).toMatchObject({ status: "held" });
    register(e.id, "wanda@x.org", room!.id);
    // Another spelling of the same mailbox registers online: the room seat it held is freed, and is Wanda's.
    expect(registerForEvent({ eventId: e.id, email: "squat+b@x.org", lang: "en", details, participationTypeId: online!.id })).toMatchObject({
      outcome: "registered",
    });
    expect(rowOf(e.id, "wanda@x.org")).toMatchObject({ status: "confirmed", typeId: room!.id });
    expect(mails("wanda@x.org").at(-1)!.template).toBe("registration-promoted");
    // A newcomer for the room now waits behind whoever is in line, or for a seat.
    register(e.id, "newcomer@x.org", room!.id);
    expect(rowOf(e.id, "newcomer@x.org")).toMatchObject({ status: "waiting" });
  });

  it("keeps its own hold when replaced in the same type, however many wait behind it", () => {
    const e = makeEvent();
    const [room] = typesOfEvent(e.id);
    expect(registerForEvent({ eventId: e.id, email: "first+a@x.org", lang: "en", details, participationTypeId: room!.id })).toMatchObject({ status: "held" });
    expect(registerForEvent({ eventId: e.id, email: "second@x.org", lang: "en", details, participationTypeId: room!.id })).toMatchObject({ status: "waiting" });
    expect(registerForEvent({ eventId: e.id, email: "first+b@x.org", lang: "en", details, participationTypeId: room!.id })).toMatchObject({ status: "held" });
  });

  it("keeps its hold's time too: replaced again and again, a hold nobody proves still lapses to the proven people in line", () => {
    const e = makeEvent();
    const [room] = typesOfEvent(e.id);
    const t0 = Date.now();
    expect(registerForEvent({ eventId: e.id, email: "keeper+1@x.org", lang: "en", details, participationTypeId: room!.id }, t0)).toMatchObject({
      status: "held",
    });
    register(e.id, "patient@x.org", room!.id);
    expect(rowOf(e.id, "patient@x.org")).toMatchObject({ status: "waiting" });
    // Just before the hour is out, another spelling of the same mailbox: still held, but not for another hour.
    expect(registerForEvent({ eventId: e.id, email: "keeper+2@x.org", lang: "en", details, participationTypeId: room!.id }, t0 + 55 * 60_000)).toMatchObject({
      status: "held",
    });
    releaseLapsedHolds(t0 + 61 * 60_000);
    expect(rowOf(e.id, "keeper+2@x.org")).toMatchObject({ status: "expired" });
    expect(rowOf(e.id, "patient@x.org")).toMatchObject({ status: "confirmed" });
  });
});
