import { insertEvent, registrant } from "~/test-support/fixtures";
import { lastRegistrationToken, registrationStatuses } from "~/test-support/registration-fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { env } from "~/utils/env.server";
import { mayHoldSeat, networkOf, resetRateLimits } from "~/utils/rate-limit.server";
import { verifyRegistration } from "./registration-proof.server";
import { registerForEvent } from "./registrations.server";

const now = Date.now();
const details = registrant();
/** What the event page's action does: the sender's address decides whether the registration may hold a seat. */
const registerFrom = (ip: string, eventId: number, email: string) =>
  registerForEvent({ eventId, email, lang: "en", details, mayHold: () => mayHoldSeat(eventId, ip, now) }, now);

beforeEach(() => resetRateLimits());

describe("seat holds per network address", () => {
  it("gives one address SEAT_HOLDS_PER_ADDRESS holds at an event; the next registrations hold nothing until proven", () => {
    const e = insertEvent({ title: { en: "Hold budget workshop" }, capacity: 20 }, now);
    const budget = env().SEAT_HOLDS_PER_ADDRESS;
    for (let i = 0; i < budget + 2; i++) registerFrom("203.0.113.7", e.id, `bot${i}@x.org`);
    const statuses = registrationStatuses(e.id).map((s) => s.split(":")[1]);
    expect(statuses).toEqual([...Array<string>(budget).fill("held"), "unverified", "unverified"]);
    // Another address, and the same address at another event, still get their holds.
    registerFrom("198.51.100.4", e.id, "colleague@x.org");
    const other = insertEvent({ title: { en: "Another workshop" }, capacity: 5 }, now);
    registerFrom("203.0.113.7", other.id, "bot0@x.org");
    expect(registrationStatuses(e.id).at(-1)).toBe("colleague:held");
    expect(registrationStatuses(other.id)).toEqual(["bot0:held"]);
  });

  it("seats a registration without a hold once its address is proven, if a seat is free and nobody waits", () => {
    const e = insertEvent({ title: { en: "Small roundtable" }, capacity: 1 }, now);
    registerForEvent({ eventId: e.id, email: "late@x.org", lang: "en", details, mayHold: () => false }, now);
    expect(registrationStatuses(e.id)).toEqual(["late:unverified"]);
    expect(verifyRegistration(lastRegistrationToken("late@x.org"))).toBe("proven");
    expect(registrationStatuses(e.id)).toEqual(["late:confirmed"]);
    // The room is now full: the next proven address without a hold joins the waiting list.
    registerForEvent({ eventId: e.id, email: "next@x.org", lang: "en", details, mayHold: () => false }, now);
    expect(verifyRegistration(lastRegistrationToken("next@x.org"))).toBe("proven");
    expect(registrationStatuses(e.id)).toEqual(["late:confirmed", "next:waiting"]);
  });

  it("gives each hold back a hold's lifetime after it was given, never more than the budget at once", () => {
    const budget = env().SEAT_HOLDS_PER_ADDRESS;
    const life = env().SEAT_HOLD_MINUTES * 60_000;
    // Three holds, then the rest half a lifetime later: the budget is spent.
    for (let i = 0; i < 3; i++) expect(mayHoldSeat(7, "203.0.113.9", now)).toBe(true);
    for (let i = 3; i < budget; i++) expect(mayHoldSeat(7, "203.0.113.9", now + life / 2)).toBe(true);
    expect(mayHoldSeat(7, "203.0.113.9", now + life / 2)).toBe(false);
    // Once the first three have lapsed, three more, and no more than that: the later ones still count.
    for (let i = 0; i < 3; i++) expect(mayHoldSeat(7, "203.0.113.9", now + life + 1)).toBe(true);
    expect(mayHoldSeat(7, "203.0.113.9", now + life + 1)).toBe(false);
  });

  it("counts an IPv6 address by its /64, so one office cannot take every seat by changing the last groups", () => {
    expect(networkOf("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe("2001:db8:85a3:8d3::/64");
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("2001:0db8:0000:0001::ff")).toBe("2001:db8:0:1::/64");
    expect(networkOf("::ffff:192.0.2.1")).toBe("::ffff:192.0.2.1");
    expect(networkOf("192.0.2.1")).toBe("192.0.2.1");
    const budget = env().SEAT_HOLDS_PER_ADDRESS;
    for (let i = 0; i < budget; i++) expect(mayHoldSeat(8, `2001:db8:1:2::${i + 1}`, now)).toBe(true);
    expect(mayHoldSeat(8, "2001:db8:1:2:ffff::1", now)).toBe(false);
    expect(mayHoldSeat(8, "2001:db8:1:3::1", now)).toBe(true);
  });

  it("is spent only by registrations that would hold a seat: not by a repeat, an online place or a place in line", () => {
    const e = insertEvent({ title: { en: "Budget kept for holds" }, capacity: 20 }, now);
    const budget = env().SEAT_HOLDS_PER_ADDRESS;
    for (let i = 0; i < budget + 3; i++) registerFrom("203.0.113.8", e.id, "same@x.org");
    expect(registrationStatuses(e.id)).toEqual(["same:held"]);
    const online = insertEvent({ title: { en: "Online, no seat limit" }, capacity: null }, now);
    for (let i = 0; i < budget; i++) registerFrom("203.0.113.8", online.id, `online${i}@x.org`);
    const full = insertEvent({ title: { en: "Full" }, capacity: 1 }, now);
    registerFrom("198.51.100.9", full.id, "seated@x.org");
    for (let i = 0; i < budget; i++) registerFrom("203.0.113.8", full.id, `line${i}@x.org`);
    expect(registrationStatuses(full.id).filter((s) => s.endsWith(":waiting"))).toHaveLength(budget);
    // The address still has the rest of its holds at the first event.
    for (let i = 0; i < budget; i++) registerFrom("203.0.113.8", e.id, `colleague${i}@x.org`);
    expect(registrationStatuses(e.id).filter((s) => s.endsWith(":held"))).toHaveLength(budget);
    expect(registrationStatuses(e.id).at(-1)).toBe(`colleague${budget - 1}:unverified`);
  });
});
