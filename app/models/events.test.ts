import { describe, expect, it } from "vitest";
import { registrationState, type RegistrationInput } from "./events.server";

const HOUR = 3_600_000;
const start = Date.UTC(2030, 5, 10, 13);
const base: RegistrationInput = {
  status: "published",
  startsAt: start,
  endsAt: start + 2 * HOUR,
  registrationOpensAt: start - 30 * 24 * HOUR,
  registrationClosesAt: start - HOUR,
  capacity: 20,
  externalRegistration: null,
};

describe("registrationState", () => {
  it("says when registration opens", () => {
    expect(registrationState(base, 0, start - 40 * 24 * HOUR)).toEqual({ kind: "opens", at: base.registrationOpensAt });
  });
  it("is open with the seats left, until it closes", () => {
    expect(registrationState(base, 5, start - 2 * HOUR)).toEqual({ kind: "open", closesAt: start - HOUR, seatsLeft: 15 });
    expect(registrationState(base, 5, start - HOUR).kind).toBe("closed");
  });
  it("offers the waiting list once confirmed seats reach capacity", () => {
    expect(registrationState(base, 20, start - 2 * HOUR).kind).toBe("waiting-list");
    expect(registrationState(base, 19, start - 2 * HOUR)).toMatchObject({ kind: "open", seatsLeft: 1 });
  });
  it("has no seat limit without a capacity", () => {
    expect(registrationState({ ...base, capacity: null }, 5000, start - 2 * HOUR)).toMatchObject({ kind: "open", seatsLeft: null });
  });
  it("closes at the start when no closing time is set", () => {
    const open = { ...base, registrationClosesAt: null };
    expect(registrationState(open, 0, start - 1).kind).toBe("open");
    expect(registrationState(open, 0, start + 1).kind).toBe("in-progress");
  });
  it("reports events that took place or were cancelled, whatever else is set", () => {
    expect(registrationState(base, 0, start + 3 * HOUR).kind).toBe("took-place");
    expect(registrationState({ ...base, status: "cancelled" }, 0, start - 2 * HOUR).kind).toBe("cancelled");
  });
  it("points to the external contact when registration is elsewhere", () => {
    expect(registrationState({ ...base, externalRegistration: "mailto:green@itu.int" }, 0, start - 2 * HOUR)).toEqual({
      kind: "external",
      contact: "mailto:green@itu.int",
    });
  });
});
