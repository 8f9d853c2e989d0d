import { beforeEach, describe, expect, it } from "vitest";
import { claimSignInAttempt, delayAfter, recordSignInFailure, recordSignInSuccess, resetSignInThrottle, signInWait } from "./sign-in-throttle.server";

const T0 = Date.UTC(2026, 0, 10, 9);
beforeEach(resetSignInThrottle);

describe("sign-in counts failures only, per account and per address", () => {
  it("grows the delay with each failure, up to 15 minutes", () => {
    expect([4, 5, 6, 7, 30].map((n) => delayAfter(n, 5))).toEqual([0, 1000, 2000, 4000, 15 * 60_000]);
  });

  it("never refuses the real person because someone else failed (10 wrong passwords from one address)", () => {
    for (let i = 0; i < 10; i++) recordSignInFailure("ada@itu.int", "198.51.100.7", T0 + i);
    expect(signInWait("ada@itu.int", "198.51.100.7", T0 + 10)).toBeGreaterThan(0);
    expect(signInWait("Ada@ITU.int", "203.0.113.5", T0 + 10)).toBe(0);
    expect(signInWait("bob@itu.int", "203.0.113.5", T0 + 10)).toBe(0);
  });

  it("makes an address that guesses across many accounts wait, and lets it go after the delay", () => {
    for (let i = 0; i < 12; i++) recordSignInFailure(`user${i}@itu.int`, "198.51.100.8", T0);
    expect(signInWait("someone@itu.int", "198.51.100.8", T0 + 1000)).toBe(3000);
    expect(signInWait("someone@itu.int", "198.51.100.8", T0 + 4000)).toBe(0);
  });

  it("does not count successful sign-ins, and a success clears the count", () => {
    for (let i = 0; i < 100; i++) recordSignInSuccess("ada@itu.int", "203.0.113.5");
    expect(signInWait("ada@itu.int", "203.0.113.5", T0)).toBe(0);
    for (let i = 0; i < 6; i++) recordSignInFailure("ada@itu.int", "203.0.113.5", T0);
    expect(signInWait("ada@itu.int", "203.0.113.5", T0)).toBe(2000);
    recordSignInSuccess("ada@itu.int", "203.0.113.5");
    expect(signInWait("ada@itu.int", "203.0.113.5", T0)).toBe(0);
  });

  it("a success clears only the account's own failures from its address: signing in between guesses at others does not reset them", () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 10; i++) recordSignInFailure(`victim${i}@itu.int`, "198.51.100.9", T0 + round);
      recordSignInSuccess("insider@itu.int", "198.51.100.9", T0 + round);
    }
    // Twenty failures stand against the address, so it waits as if the insider had never signed in.
    expect(signInWait("victim0@itu.int", "198.51.100.9", T0 + 2)).toBe(delayAfter(20, 10) - 1);
    // The person who mistyped their own password, then found it, is not kept waiting by their own failures.
    for (let i = 0; i < 12; i++) recordSignInFailure("ada@itu.int", "203.0.113.6", T0);
    recordSignInSuccess("ada@itu.int", "203.0.113.6", T0);
    expect(signInWait("ada@itu.int", "203.0.113.6", T0)).toBe(0);
  });

  it("counts each attempt before its password is checked: sixty sent at once are not all checked", () => {
    const waits = Array.from({ length: 60 }, (_, i) => claimSignInAttempt(`target${i}@itu.int`, "198.51.100.10", T0));
    expect(waits.filter((w) => w === 0)).toHaveLength(10);
    // The one whose password was right takes its own attempt back, and signs in again at once.
    for (let i = 0; i < 3; i++) expect(claimSignInAttempt("ada@itu.int", "203.0.113.7", T0)).toBe(0);
    recordSignInSuccess("ada@itu.int", "203.0.113.7", T0);
    expect(signInWait("ada@itu.int", "203.0.113.7", T0)).toBe(0);
  });

  it("counts an IPv6 address by its /64, as one machine may hold all of it", () => {
    for (let i = 0; i < 12; i++) recordSignInFailure(`user${i}@itu.int`, `2001:db8:1:2::${i.toString(16)}`, T0);
    expect(signInWait("someone@itu.int", "2001:db8:1:2:ffff::1", T0 + 1000)).toBe(3000);
    expect(signInWait("someone@itu.int", "2001:db8:1:3::1", T0 + 1000)).toBe(0);
  });

  it("forgets failures a day after the last one", () => {
    for (let i = 0; i < 20; i++) recordSignInFailure("ada@itu.int", "198.51.100.7", T0);
    expect(signInWait("ada@itu.int", "198.51.100.7", T0 + 25 * 3_600_000)).toBe(0);
  });
});
