import { describe, expect, it } from "vitest";
import { saveParticipationType, typesOfEvent } from "~/models/participation-types.server";
import { createStaffUser } from "~/models/staff.server";
import { registerForEvent } from "~/models/registrations.server";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { deskList } from "./view.server";

describe("the registrant desk's seats", () => {
  it("count the seats of every participation type, as the confirmed count beside them does, and none when one has no limit", async () => {
    const staff = (await createStaffUser({ email: "seats@itu.int", name: "Seats", role: "editor", password: "a long desk password" })).id;
    const e = insertEvent({ title: { en: "Hybrid workshop" }, format: "hybrid", capacity: 2 }, Date.now());
    const seats = () => deskList("ar", { id: e.id, title: e.title, capacity: e.capacity }, { q: "", page: 1 }).seats;
    const online = () => typesOfEvent(e.id)[1]!;
    const setOnline = (capacity: number | null) => saveParticipationType(e.id, online().id, { ...online(), capacity }, staff, () => 0);
    expect(setOnline(null)).toBe("saved");
    expect(seats()).toBeNull();
    expect(setOnline(1)).toBe("saved");
    expect(typesOfEvent(e.id).map((t) => t.capacity)).toEqual([2, 1]);
    expect(seats()).toBe(3);
  });
});

describe("the registrant desk's list", () => {
  it("marks who registered as their government's delegate: without a focal point for the country, the desk decides", () => {
    const e = insertEvent({ title: { en: "Delegates' workshop" }, requiresApproval: true, delegatesNeedFocalPoint: true });
    for (const [email, governmentDelegate] of [
      ["delegate@gov.eg", true],
      ["expert@ngo.eg", false],
    ] as const) {
      registerForEvent({ eventId: e.id, email, lang: "ar", details: { ...registrant(), country: "EG", governmentDelegate } });
    }
    const list = deskList("fr", { id: e.id, title: e.title, capacity: e.capacity }, { q: "", page: 1 }).registrants;
    expect(list.map((r) => [r.email, r.delegate, r.awaitsFocalPoint])).toEqual([
      ["delegate@gov.eg", true, false],
      ["expert@ngo.eg", false, false],
    ]);
  });
});
