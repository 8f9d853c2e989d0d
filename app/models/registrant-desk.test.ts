import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { focalPointDelegateDecisions, outbox, registrations } from "../../db/schema";
import { insertEvent, manageTokenFromOutbox, registrant } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { decideRegistration, listRegistrants } from "./registrant-desk.server";
import { registrantsCsv } from "./registrants-csv.server";
import { verifyRegistration } from "./registration-proof.server";
import { registerForEvent } from "./registrations.server";
import { createStaffUser } from "./staff.server";

const now = Date.now();
const details = registrant();
const statusOf = (email: string) => db().select().from(registrations).where(eq(registrations.email, email)).get()!;
const templates = (to: string) =>
  db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .all()
    .map((m) => [m.template, m.lang]);

let staffId = 0;
beforeAll(async () => {
  staffId = (await createStaffUser({ email: "undo@itu.int", name: "Undo", role: "editor", password: "a long desk password" })).id;
});

function registerProven(eventId: number, email: string, lang: "ar" | "es" | "zh") {
  registerForEvent({ eventId, email, lang, details });
  expect(verifyRegistration(manageTokenFromOutbox(email))).toBe("proven");
  return statusOf(email);
}

describe("a rejection on the registrant desk", () => {
  it("can be undone: the person is seated if a seat is free, else back in line at their place, and told in their language", () => {
    const e = insertEvent({ title: { en: "Undo workshop" }, capacity: 1, format: "in-person" }, now);
    const first = registerProven(e.id, "first@x.org", "es");
    const second = registerProven(e.id, "second@x.org", "ar");
    expect([first.status, statusOf("second@x.org").status]).toEqual(["confirmed", "waiting"]);

    // A mistaken click: the confirmed person is rejected, and the seat goes to the next in line.
    expect(decideRegistration(e.id, first.id, "reject", staffId)).toBe(true);
    expect(statusOf("second@x.org").status).toBe("confirmed");
    expect(listRegistrants(e.id, { q: "", page: 1 }).items.find((r) => r.id === first.id)?.declinedByFocalPoint).toBe(false);

    expect(decideRegistration(e.id, first.id, "reinstate", staffId)).toBe(true);
    expect(statusOf("first@x.org").status).toBe("waiting");
    expect(templates("first@x.org").slice(-2)).toEqual([
      ["registration-rejected", "es"],
      ["registration-waiting", "es"],
    ]);
    // Only a rejection is reinstated.
    expect(decideRegistration(e.id, first.id, "reinstate", staffId)).toBe(false);

    expect(decideRegistration(e.id, second.id, "reject", staffId)).toBe(true);
    expect(statusOf("first@x.org").status).toBe("confirmed");
    expect(decideRegistration(e.id, second.id, "reinstate", staffId)).toBe(true);
    expect(statusOf("second@x.org").status).toBe("waiting");
  });

  it("by a focal point, who declined a delegate, is not the secretariat's to undo", () => {
    const e = insertEvent({ title: { en: "Delegates only" }, capacity: 5, format: "in-person" }, now);
    const delegate = registerProven(e.id, "delegate@x.org", "zh");
    db().update(registrations).set({ status: "rejected" }).where(eq(registrations.id, delegate.id)).run();
    db().insert(focalPointDelegateDecisions).values({ registrationId: delegate.id, focalPointId: null, decision: "declined", decidedAt: now }).run();
    expect(listRegistrants(e.id, { q: "", page: 1 }).items[0]?.declinedByFocalPoint).toBe(true);
    expect(decideRegistration(e.id, delegate.id, "reinstate", staffId)).toBe(false);
    expect(statusOf("delegate@x.org").status).toBe("rejected");
  });
});

describe("the registrants export", () => {
  it("keeps the codes where they were, and names the country and type of organisation last, in the staff member's language", () => {
    const event = insertEvent({ capacity: 10, requiresApproval: false });
    registerProven(event.id, "csv@artp.sn", "es");
    const [header, row] = registrantsCsv(event.id, "fr").trim().split(/\r?\n/);
    const cells = header!.split(",");
    expect(cells.slice(6, 8)).toEqual(["organisation_type", "country"]);
    expect(cells.slice(-4)).toEqual(["participation_type", "country_name", "organisation_type_name", "government_delegate"]);
    expect(row).toContain(",member-state,SN,");
    expect(row!.endsWith(",Sénégal,Administration d'un État Membre,")).toBe(true);
  });

  it("says in the export who registered as their government's delegate", () => {
    const event = insertEvent({ capacity: 10, requiresApproval: false, delegatesNeedFocalPoint: true });
    registerForEvent({ eventId: event.id, email: "delegate@gov.sn", lang: "ar", details: { ...details, governmentDelegate: true } });
    expect(verifyRegistration(manageTokenFromOutbox("delegate@gov.sn"))).toBe("proven");
    const [, row] = registrantsCsv(event.id, "fr").trim().split(/\r?\n/);
    expect(row!.endsWith(",Administration d'un État Membre,yes")).toBe(true);
  });
});
