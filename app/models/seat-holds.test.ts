import { insertEvent } from "~/test-support/fixtures";
import { lastRegistrationToken, registrationStatuses } from "~/test-support/registration-fixtures";
import { beforeEach, describe, expect, it } from "vitest";
import { env } from "~/utils/env.server";
import { mayHoldSeat, networkOf, resetRateLimits } from "~/utils/rate-limit.server";
import { statusOnRegistering } from "./participation-rules";
import { verifyRegistration } from "./registration-proof.server";
import { registerForEvent, type RegistrantDetails } from "./registrations.server";

const now = Date.now();
const details: RegistrantDetails = {
  firstName: "Amina",
  lastName: "Diallo",
  organisation: "Ministry of ICT",
  organisationType: "member-state",
  country: "SN",
  jobTitle: "Adviser",
  gender: null,
  accessibilityNeeds: null,
};
/** What the event page's action does: the sender's address decides whether the registration may hold a seat. */
const registerFrom = (ip: string, eventId: number, email: string) =>
  registerForEvent({ eventId, email, lang: "en", details, mayHold: mayHoldSeat(eventId, ip, now) }, now);

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
    registerForEvent({ eventId: e.id, email: "late@x.org", lang: "en", details, mayHold: false }, now);
    expect(registrationStatuses(e.id)).toEqual(["late:unverified"]);
    expect(verifyRegistration(lastRegistrationToken("late@x.org"))).toBe("proven");
    expect(registrationStatuses(e.id)).toEqual(["late:confirmed"]);
    // The room is now full: the next proven address without a hold joins the waiting list.
    registerForEvent({ eventId: e.id, email: "next@x.org", lang: "en", details, mayHold: false }, now);
    expect(verifyRegistration(lastRegistrationToken("next@x.org"))).toBe("proven");
    expect(registrationStatuses(e.id)).toEqual(["late:confirmed", "next:waiting"]);
  });

  it("gives the holds back once a hold's lifetime has passed", () => {
    const budget = env().SEAT_HOLDS_PER_ADDRESS;
    for (let i = 0; i < budget; i++) expect(mayHoldSeat(7, "203.0.113.9", now)).toBe(true);
    expect(mayHoldSeat(7, "203.0.113.9", now)).toBe(false);
    expect(mayHoldSeat(7, "203.0.113.9", now + env().SEAT_HOLD_MINUTES * 60_000)).toBe(true);
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

  it("is part of the rule for a new registration's status", () => {
    const rules = { capacity: 10, requiresApproval: false, opensAt: null, closesAt: null, invitationOnly: false };
    expect(statusOnRegistering(rules, 0, false)).toBe("held");
    expect(statusOnRegistering(rules, 0, false, false)).toBe("unverified");
    expect(statusOnRegistering(rules, 10, false, false)).toBe("unverified");
  });
});
