import { eq } from "drizzle-orm";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { typesOfEvent } from "./participation-types.server";
import { beforeEach, describe, expect, it } from "vitest";
import { checkInCodes, outbox, registrations } from "../../db/schema";
import { groupCheckInCode } from "~/utils/check-in-code";
import { db, write } from "~/utils/db.server";
import { GUESS_LIMIT, resetGuessLocks } from "~/utils/guess-lock.server";
import { checkInCode } from "~/utils/check-in-code.server";
import { checkIn, checkInFigures, issueCheckInCode } from "./check-in.server";
import { verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";
import { createStaffUser } from "./staff.server";

const HOUR = 3_600_000;
const now = Date.now();
const details = registrant({ accessibilityNeeds: "Step-free access" });

function makeEvent(format: "in-person" | "virtual" | "hybrid") {
  return insertEvent({
    kind: "workshop",
    title: { en: "Test workshop" },
    startsAt: now + 2 * HOUR,
    endsAt: now + 6 * HOUR,
    timeZone: "Europe/Zurich",
    format,
    venue: { en: "Geneva" },
    registrationOpensAt: now - HOUR,
    createdAt: now,
    updatedAt: now,
  });
}

/** The code as the manage page shows it (which records it for the door). */
const issued = (reg: { id: number; createdAt: number }) => write((tx) => issueCheckInCode(tx, reg));
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();

/** Registers and proves the address as on the site; returns the row and its manage token. */
function confirmed(eventId: number, email: string) {
  // A hybrid event asks how one takes part: these registrants come to the room.
  const types = typesOfEvent(eventId);
  const seat = types.find((t) => t.mode === "in-person") ?? types[0]!;
  registerForEvent({ eventId, email, lang: "fr", details, participationTypeId: seat.id });
  const token = /\/registrations\/([A-Za-z0-9_-]{43})/.exec(mails(email).at(-1)!.text)![1]!;
  expect(verifyRegistration(token)).toBe("proven");
  return { reg: db().select().from(registrations).where(eq(registrations.email, email)).get()!, token };
}

let staff = 0;
beforeEach(async () => {
  resetGuessLocks();
  staff ||= (await createStaffUser({ email: `desk${Date.now()}@itu.int`, name: "Desk", role: "editor", password: "long enough password" })).id;
});

describe("check-in", () => {
  it("emails a confirmed in-person registrant the code and its QR image, and checks them in once", () => {
    const event = makeEvent("in-person");
    const { reg } = confirmed(event.id, "amina@example.org");
    const code = groupCheckInCode(issued(reg));
    const email = mails("amina@example.org").at(-1)!;
    expect(email.text).toContain(code);
    expect(email.html).toContain('src="cid:check-in-code@gda"');
    const png = JSON.parse(email.attachments) as { contentType: string; encoding: string; cid: string; content: string }[];
    expect(png.find((a) => a.contentType === "image/png")).toMatchObject({ encoding: "base64", cid: "check-in-code@gda" });

    const typed = code.toLowerCase().replace("-", " ");
    const first = checkIn({ eventId: event.id, typed, staffUserId: staff, guessKey: "s1" }, now + 3 * HOUR);
    expect(first).toMatchObject({ outcome: "checked-in", person: { name: "Amina Diallo", seat: "in-person", accessibilityNeeds: "Step-free access" } });
    const second = checkIn({ eventId: event.id, typed: code, staffUserId: staff, guessKey: "s1" }, now + 4 * HOUR);
    expect(second).toMatchObject({ outcome: "already", at: now + 3 * HOUR });
    expect(db().select().from(registrations).where(eq(registrations.id, reg.id)).get()!.attendedAt).toBe(now + 3 * HOUR);
    expect(checkInFigures(event.id)).toEqual({ expected: 1, arrived: 1 });
  });

  it("takes codes only from a week before the event until a day after it, saying when, and marks nobody outside those hours", () => {
    const event = makeEvent("in-person");
    const { reg } = confirmed(event.id, "early@example.org");
    const code = issued(reg);
    const DAY = 24 * HOUR;
    const door = (at: number, scannedAt?: number) => checkIn({ eventId: event.id, typed: code, staffUserId: staff, guessKey: "s-window", scannedAt }, at);
    expect(door(event.startsAt - 8 * DAY)).toEqual({ outcome: "not-open", opensAt: event.startsAt - 7 * DAY });
    // Outside the hours no code is looked up: a made-up one gets the same answer, and counts as no miss.
    expect(checkIn({ eventId: event.id, typed: "AAAAA-AAAAA", staffUserId: staff, guessKey: "s-window" }, event.startsAt - 8 * DAY).outcome).toBe("not-open");
    expect(door(event.endsAt + 2 * DAY)).toEqual({ outcome: "closed", closedAt: event.endsAt + DAY });
    expect(db().select().from(registrations).where(eq(registrations.id, reg.id)).get()!.attendedAt).toBeNull();
    // A phone that scanned in the last hours of the door and sent it later is still on time.
    expect(door(event.endsAt + DAY + HOUR, event.endsAt + 2 * HOUR)).toMatchObject({ outcome: "checked-in", at: event.endsAt + 2 * HOUR });
  });

  it("keeps an offline check-in's own time, within the last day and never in the future", () => {
    const event = makeEvent("hybrid");
    const { reg } = confirmed(event.id, "queued@example.org");
    const at = now + 3 * HOUR;
    expect(checkIn({ eventId: event.id, typed: issued(reg), staffUserId: staff, guessKey: "s2", scannedAt: at - 60_000 }, at)).toMatchObject({
      outcome: "checked-in",
      at: at - 60_000,
    });
    const other = confirmed(event.id, "future@example.org").reg;
    expect(checkIn({ eventId: event.id, typed: issued(other), staffUserId: staff, guessKey: "s2", scannedAt: at + HOUR }, at)).toMatchObject({ at });
  });

  it("says when a code is of another event, of a cancelled registration or of an online seat", () => {
    const here = makeEvent("in-person");
    const there = makeEvent("in-person");
    const elsewhere = confirmed(there.id, "elsewhere@example.org").reg;
    expect(checkIn({ eventId: here.id, typed: issued(elsewhere), staffUserId: staff, guessKey: "s3" })).toEqual({ outcome: "other-event" });
    const { reg, token } = confirmed(here.id, "cancelled@example.org");
    cancelRegistration(token);
    expect(checkIn({ eventId: here.id, typed: issued(reg), staffUserId: staff, guessKey: "s3" })).toMatchObject({
      outcome: "not-confirmed",
      status: "cancelled",
    });
    const online = makeEvent("virtual");
    const remote = confirmed(online.id, "remote@example.org").reg;
    expect(mails("remote@example.org").at(-1)!.text).not.toContain(groupCheckInCode(issued(remote)));
    expect(checkIn({ eventId: online.id, typed: issued(remote), staffUserId: staff, guessKey: "s3" })).toMatchObject({ outcome: "online" });
    expect(checkIn({ eventId: here.id, typed: "not a code", staffUserId: staff, guessKey: "s3" })).toEqual({ outcome: "malformed" });
    expect(db().select().from(registrations).where(eq(registrations.id, reg.id)).get()!.attendedAt).toBeNull();
  });

  it("knows only codes that were shown, and only while they are the registration's own", () => {
    const event = makeEvent("in-person");
    const { reg } = confirmed(event.id, "fresh@example.org");
    // Derived from the row but never shown to anyone (say, a row the code was not yet issued for).
    const other = confirmed(event.id, "shown@example.org").reg;
    write((tx) => tx.delete(checkInCodes).where(eq(checkInCodes.registrationId, other.id)).run());
    expect(checkIn({ eventId: event.id, typed: checkInCode(other.id, other.createdAt), staffUserId: staff, guessKey: "s4" }).outcome).toBe("unknown");
    // A registration given a fresh start gets a fresh code; the old one opens nothing.
    const old = issued(reg);
    write((tx) =>
      tx
        .update(registrations)
        .set({ createdAt: reg.createdAt + 1 })
        .where(eq(registrations.id, reg.id))
        .run(),
    );
    expect(checkIn({ eventId: event.id, typed: old, staffUserId: staff, guessKey: "s4" }).outcome).toBe("unknown");
  });

  it("locks a staff session after repeated unknown codes, and only that session", () => {
    const event = makeEvent("in-person");
    const { reg } = confirmed(event.id, "locked@example.org");
    for (let i = 0; i < GUESS_LIMIT; i++) {
      expect(checkIn({ eventId: event.id, typed: "0000000000", staffUserId: staff, guessKey: "guesser" }, now).outcome).toBe("unknown");
    }
    expect(checkIn({ eventId: event.id, typed: issued(reg), staffUserId: staff, guessKey: "guesser" }, now).outcome).toBe("locked");
    expect(checkIn({ eventId: event.id, typed: issued(reg), staffUserId: staff, guessKey: "colleague" }, now).outcome).toBe("checked-in");
    // The lock lifts when its window ends.
    expect(checkIn({ eventId: event.id, typed: issued(reg), staffUserId: staff, guessKey: "guesser" }, now + 11 * 60_000).outcome).toBe("already");
  });
});
