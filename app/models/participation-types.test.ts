import { and, eq } from "drizzle-orm";
import { insertEvent, invitationOnlyType, registrant } from "~/test-support/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { events, outbox, participationInvitations, participationTypes, registrations } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { statusOnProof, statusOnRegistering, stateWithTypes, typeAvailability, type TypeRules } from "./participation-rules";
import { erasePerson } from "./erasure.server";
import { changeParticipationType } from "./participation-change.server";
import { inviteToType } from "./participation-invitations.server";
import { saveParticipationType, typesOfEvent, typesWithSeats } from "./participation-types.server";
import { verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";
import { inPersonRegistrationIds, seatModeOf } from "./seat-mode.server";
import { createStaffUser } from "./staff.server";
import { promoteFromWaitingList } from "./waiting-list.server";

const HOUR = 3_600_000;
const now = Date.now();
const JOIN = "https://meet.example.org/typed-room";
const details = registrant();
const rules = (o: Partial<TypeRules> = {}): TypeRules => ({ capacity: 2, requiresApproval: false, opensAt: null, closesAt: null, invitationOnly: false, ...o });

function makeEvent(overrides: Partial<typeof events.$inferInsert> = {}) {
  return insertEvent(
    {
      kind: "workshop",
      title: { en: "Typed workshop" },
      timeZone: "Europe/Zurich",
      format: "hybrid",
      venue: { en: "Geneva" },
      capacity: 2,
      joinUrl: JOIN,
      ...overrides,
    },
    now,
  );
}

const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const tokenIn = (text: string, path: string) => new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text)![1]!;
function register(eventId: number, email: string, participationTypeId?: number) {
  const result = registerForEvent({ eventId, email, lang: "en", details, participationTypeId });
  if (result.outcome === "registered") {
    const mail = mails(email)
      .filter((m) => m.template === "registration-verify")
      .at(-1)!;
    expect(verifyRegistration(tokenIn(mail.text, "registrations"))).toBe("proven");
  }
  return result;
}
const rowsOf = (eventId: number) =>
  db()
    .select({ email: registrations.email, status: registrations.status, typeId: registrations.participationTypeId, id: registrations.id })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .orderBy(registrations.id)
    .all();

let staffId = 0;
beforeAll(async () => {
  staffId = (await createStaffUser({ email: "types-desk@itu.int", name: "Types desk", role: "editor", password: "a long types password" })).id;
});

describe("the seat rules of one participation type", () => {
  it("hold a free seat, make newcomers wait when full, and hold nothing without a limit or with approval", () => {
    expect(statusOnRegistering(rules(), 1, false)).toBe("held");
    expect(statusOnRegistering(rules(), 2, false)).toBe("waiting");
    expect(statusOnRegistering(rules({ capacity: null }), 500, false)).toBe("unverified");
    expect(statusOnRegistering(rules({ requiresApproval: true }), 0, false)).toBe("unverified");
    expect(statusOnRegistering(rules(), 0, true)).toBe("unverified");
    // A free seat with people in line is the line's: a newcomer joins it.
    expect(statusOnRegistering(rules(), 1, false, true)).toBe("waiting");
  });

  it("seat a proven address only if a seat is free and nobody waits in that type's line", () => {
    expect(statusOnProof(rules(), { seated: 1, someoneWaiting: false, heldForFocalPoint: false })).toBe("confirmed");
    expect(statusOnProof(rules(), { seated: 1, someoneWaiting: true, heldForFocalPoint: false })).toBe("waiting");
    expect(statusOnProof(rules(), { seated: 2, someoneWaiting: false, heldForFocalPoint: false })).toBe("waiting");
    expect(statusOnProof(rules({ requiresApproval: true }), { seated: 0, someoneWaiting: false, heldForFocalPoint: false })).toBe("pending");
  });

  it("follow the type's own window, and the event's state is what its public types allow", () => {
    expect(typeAvailability(rules({ opensAt: now + HOUR }), 0, now)).toBe("not-yet");
    expect(typeAvailability(rules({ closesAt: now }), 0, now)).toBe("closed");
    expect(typeAvailability(rules(), 2, now)).toBe("waiting-list");
    const base = { kind: "open" as const, closesAt: now + HOUR, seatsLeft: null };
    // One type full, another with seats: the event is open, with the seats that are left.
    expect(
      stateWithTypes(
        base,
        [
          { ...rules(), seated: 2 },
          { ...rules({ capacity: 10 }), seated: 3 },
        ],
        now,
      ),
    ).toEqual({ ...base, seatsLeft: 7 });
    expect(
      stateWithTypes(
        base,
        [
          { ...rules(), seated: 2 },
          { ...rules({ invitationOnly: true }), seated: 0 },
        ],
        now,
      ),
    ).toEqual({ kind: "waiting-list" });
    expect(stateWithTypes(base, [{ ...rules({ opensAt: now + HOUR }), seated: 0 }], now)).toEqual({ kind: "opens", at: now + HOUR });
    expect(stateWithTypes({ kind: "closed" }, [{ ...rules(), seated: 0 }], now)).toEqual({ kind: "closed" });
  });
});

describe("a hybrid event's two types", () => {
  it("are derived from its format: in person with its seats, online without a limit", () => {
    const e = makeEvent({ capacity: 40 });
    const [room, online] = typesOfEvent(e.id);
    expect([room!.mode, room!.capacity, online!.mode, online!.capacity]).toEqual(["in-person", 40, "online", null]);
    expect(typesOfEvent(makeEvent({ format: "virtual" }).id).map((t) => t.mode)).toEqual(["online"]);
  });

  it("seat and queue each type on its own; the join link goes only to online seats; a freed room seat goes to the room's line", () => {
    const e = makeEvent();
    const [room, online] = typesOfEvent(e.id);
    // With two types open, the form must say which.
    expect(registerForEvent({ eventId: e.id, email: "nobody@x.org", lang: "en", details })).toEqual({ outcome: "choose-type" });
    for (const who of ["r1@x.org", "r2@x.org", "r3@x.org"]) register(e.id, who, room!.id);
    register(e.id, "o1@x.org", online!.id);
    expect(rowsOf(e.id).map((r) => [r.email, r.status])).toEqual([
      ["r1@x.org", "confirmed"],
      ["r2@x.org", "confirmed"],
      ["r3@x.org", "waiting"],
      ["o1@x.org", "confirmed"],
    ]);
    // The page counts each type's seats taken: the waiting person holds none.
    expect(typesWithSeats(e.id).map((t) => [t.mode, t.seated])).toEqual([
      ["in-person", 2],
      ["online", 1],
    ]);
    const confirmedMail = (to: string) => mails(to).find((m) => m.template === "registration-confirmed")!;
    expect(confirmedMail("o1@x.org").html).toContain(JOIN);
    expect(confirmedMail("o1@x.org").text).toContain("Online");
    expect(confirmedMail("r1@x.org").html).not.toContain(JOIN);
    expect(confirmedMail("r1@x.org").text).toContain("In person");
    // Seat modes for check-in and visa letters.
    const ids = rowsOf(e.id);
    expect(seatModeOf(ids[0]!.id)).toBe("in-person");
    expect(seatModeOf(ids[3]!.id)).toBe("online");
    expect([...inPersonRegistrationIds(e.id)].sort()).toEqual(
      ids
        .slice(0, 3)
        .map((r) => r.id)
        .sort(),
    );
    // The online person cancels: nobody waits online, so the room's line does not move.
    const cancelToken = tokenIn(confirmedMail("o1@x.org").text, "registrations");
    expect(cancelRegistration(cancelToken)).toBe("cancelled");
    expect(rowsOf(e.id)[2]!.status).toBe("waiting");
    // A room seat is freed: the first in the room's line gets it, with no join link.
    expect(cancelRegistration(tokenIn(confirmedMail("r1@x.org").text, "registrations"))).toBe("cancelled");
    expect(rowsOf(e.id)[2]!.status).toBe("confirmed");
    const promoted = mails("r3@x.org").find((m) => m.template === "registration-promoted")!;
    expect(promoted.html).not.toContain(JOIN);
  });

  it("move a type's line up when staff add seats to it, and only that type's", () => {
    const e = makeEvent({ capacity: 1 });
    const [room] = typesOfEvent(e.id);
    register(e.id, "a@y.org", room!.id);
    register(e.id, "b@y.org", room!.id);
    expect(rowsOf(e.id).map((r) => r.status)).toEqual(["confirmed", "waiting"]);
    const input = { name: room!.name, mode: room!.mode, capacity: 2, requiresApproval: false, opensAt: null, closesAt: null, invitationOnly: false };
    expect(saveParticipationType(e.id, room!.id, input, staffId, promoteFromWaitingList)).toBe("saved");
    expect(rowsOf(e.id).map((r) => r.status)).toEqual(["confirmed", "confirmed"]);
    // The main type's seats are the event's.
    expect(db().select({ c: events.capacity }).from(events).where(eq(events.id, e.id)).get()!.c).toBe(2);
  });

  it("keep the seats of each type exact however many register at once, with no duplicates", () => {
    const e = makeEvent({ capacity: 30 });
    const [room, online] = typesOfEvent(e.id);
    write((tx) => tx.update(participationTypes).set({ capacity: 20 }).where(eq(participationTypes.id, online!.id)).run());
    const results = Array.from({ length: 300 }, (_, i) =>
      registerForEvent({ eventId: e.id, email: `burst${i % 150}@z.org`, lang: "en", details, participationTypeId: i % 2 ? room!.id : online!.id }),
    );
    expect(results.filter((r) => r.outcome === "registered")).toHaveLength(150);
    const count = (typeId: number, status: string) => rowsOf(e.id).filter((r) => r.typeId === typeId && r.status === status).length;
    expect([count(room!.id, "held"), count(room!.id, "waiting")]).toEqual([30, 45]);
    expect([count(online!.id, "held"), count(online!.id, "waiting")]).toEqual([20, 55]);
    expect(new Set(rowsOf(e.id).map((r) => r.email)).size).toBe(150);
  });
});

describe("changing how one takes part", () => {
  it("moves a registrant to a type with a free seat, gives their old seat to that type's line, and refuses a full type", () => {
    const e = makeEvent({ capacity: 1 });
    const [room, online] = typesOfEvent(e.id);
    register(e.id, "m1@x.org", room!.id);
    register(e.id, "m2@x.org", room!.id);
    const token = (to: string) => tokenIn(mails(to).find((m) => m.template !== "registration-verify")!.text, "registrations");
    expect(changeParticipationType(token("m1@x.org"), online!.id)).toBe("changed");
    expect(rowsOf(e.id).map((r) => [r.email, r.status, r.typeId])).toEqual([
      ["m1@x.org", "confirmed", online!.id],
      ["m2@x.org", "confirmed", room!.id],
    ]);
    const moved = mails("m1@x.org").at(-1)!;
    expect([moved.template, moved.html.includes(JOIN)]).toEqual(["registration-confirmed", true]);
    // The room is full again: nobody moves into it.
    expect(changeParticipationType(token("m1@x.org"), room!.id)).toBe("unavailable");
    expect(rowsOf(e.id)[0]!.typeId).toBe(online!.id);
  });
});

describe("an invitation-only type", () => {
  it("refuses a person without the invitation, and registers the invited address, proven, by the emailed link", () => {
    const e = makeEvent({ format: "in-person", capacity: 10 });
    const speaker = invitationOnlyType(e.id, staffId);
    expect(registerForEvent({ eventId: e.id, email: "guest@x.org", lang: "en", details, participationTypeId: speaker.id })).toEqual({ outcome: "not-invited" });
    expect(inviteToType(e.id, speaker.id, [{ email: "Speaker@X.org", name: "Dr Speaker", lang: "fr" }], staffId)).toEqual({ outcome: "sent", count: 1 });
    const invitation = mails("Speaker@X.org").find((m) => m.template === "participation-invitation")!;
    expect(invitation.lang).toBe("fr");
    const token = tokenIn(invitation.text, "invitation");
    // The link is tied to the invited address.
    expect(registerForEvent({ eventId: e.id, email: "other@x.org", lang: "fr", details, invitationToken: token })).toEqual({ outcome: "not-invited" });
    expect(registerForEvent({ eventId: e.id, email: "speaker@x.org", lang: "fr", details, invitationToken: token })).toEqual({
      outcome: "registered",
      status: "confirmed",
    });
    const reg = db()
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, e.id), eq(registrations.emailKey, "speaker@x.org")))
      .get()!;
    expect([reg.participationTypeId, reg.addressProven]).toEqual([speaker.id, true]);
    // Written to the address as the invitation spells it.
    expect(mails("Speaker@X.org").map((m) => m.template)).toContain("registration-confirmed");
    // The invitation names the person: erasing them erases it.
    erasePerson("speaker@x.org", null);
    expect(db().select().from(participationInvitations).where(eq(participationInvitations.participationTypeId, speaker.id)).all()).toEqual([]);
  });
});
