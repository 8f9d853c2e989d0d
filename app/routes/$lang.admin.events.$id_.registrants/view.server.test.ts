import { describe, expect, it } from "vitest";
import { saveParticipationType, typesOfEvent } from "~/models/participation-types.server";
import { createStaffUser } from "~/models/staff.server";
import { erasePerson } from "~/models/erasure.server";
import { designateFocalPoint } from "~/models/focal-points.server";
import { verifyRegistration } from "~/models/registration-proof.server";
import { registerForEvent } from "~/models/registrations.server";
import { insertEvent, manageTokenFromOutbox, newStaffId, registrant } from "~/test-support/fixtures";
import { focalPointDetails as fp } from "~/test-support/focal-point-fixtures";
import { deskList } from "./view.server";

describe("the registrant desk's seats", () => {
  it("count the seats of every participation type, as the confirmed count beside them does, and none when one has no limit", async () => {
    const staff = (await createStaffUser({ email: "seats@itu.int", name: "Seats", role: "editor", password: "a long desk password" })).id;
    const e = insertEvent({ title: { en: "Hybrid workshop" }, format: "hybrid", capacity: 2 }, Date.now());
    const seats = () => deskList("ar", e, { q: "", page: 1 }).seats;
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
  it("gives each row one status: a delegate with a focal point awaits them, one without is marked for the desk to decide", async () => {
    const sid = await newStaffId();
    designateFocalPoint("HN", fp("HN", "focal@hn.example"), sid);
    const e = insertEvent({ title: { en: "Delegates' workshop" }, requiresApproval: true, delegatesNeedFocalPoint: true });
    for (const [email, country, governmentDelegate] of [
      ["delegate@gov.hn", "HN", true],
      ["delegate@gov.ls", "LS", true],
      ["expert@ngo.ls", "LS", false],
    ] as const) {
      registerForEvent({ eventId: e.id, email, lang: "ar", details: { ...registrant(), country, governmentDelegate } });
      expect(verifyRegistration(manageTokenFromOutbox(email))).toBe("proven");
    }
    erasePerson("expert@ngo.ls", sid);
    const list = deskList("fr", e, { q: "", page: 1 }).registrants;
    // An erased person's row stays for the counts, said to be erased rather than left blank.
    expect(list.map((r) => r.name)).toEqual(["Amina Diallo", "Amina Diallo", "Données personnelles effacées"]);
    expect(list.map((r) => [r.email, r.statusText])).toEqual([
      ["delegate@gov.hn", "En attente de la décision du point focal de l'État Membre"],
      ["delegate@gov.ls", "En attente de validation par le secrétariat · délégué du gouvernement"],
      ["", "Annulée"],
    ]);
  });
});

describe("the registrant desk of a cancelled event", () => {
  it("offers no seat: a pending registrant has no approval there, as the model refuses one", () => {
    // Registered while the event was on; the desk is then drawn for it as published and as cancelled.
    const e = insertEvent({ title: { en: "Called-off workshop" }, requiresApproval: true });
    registerForEvent({ eventId: e.id, email: "pending@called-off.example", lang: "fr", details: registrant() });
    expect(verifyRegistration(manageTokenFromOutbox("pending@called-off.example"))).toBe("proven");
    const row = (status: "cancelled" | "published") => deskList("fr", { ...e, status }, { q: "", page: 1 }).registrants[0]!;
    expect([row("cancelled").status, row("cancelled").maySeat]).toEqual(["pending", false]);
    expect(row("published").maySeat).toBe(true);
  });
});
