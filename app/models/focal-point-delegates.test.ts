import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outbox, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";
import { linkToken } from "~/utils/tokens.server";
import { decideDelegate, delegatesOf, mayDecide } from "./focal-point-delegates.server";
import { decideRegistration, listRegistrants } from "./registrant-desk.server";
import { designateFocalPoint, focalPointsOf } from "./focal-points.server";
import { verifyRegistration } from "./registration-proof.server";
import { updateRegistrantDetails } from "./registrant-details.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";
import { insertEvent, newStaffId } from "~/test-support/fixtures";
import { delegateDetails, focalPointDetails as fp } from "~/test-support/focal-point-fixtures";

const HOUR = 3_600_000;
const statusOf = (id: number) => db().select().from(registrations).where(eq(registrations.id, id)).get()!.status;
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();

function provenDelegate(eventId: number, email: string, country: string, lang: "fr" | "ru" = "fr") {
  registerForEvent({ eventId, email, lang, details: { ...delegateDetails(country), governmentDelegate: true } });
  const r = db().select().from(registrations).where(eq(registrations.email, email)).get()!;
  expect(verifyRegistration(linkToken("registration", r.id, r.createdAt))).toBe("proven");
  return r.id;
}

describe("a focal point's decision on a delegate", () => {
  it("can be reversed until the event starts: a delegate declined in error is approved, one no longer on the delegation declined, the seat going to the next in line", async () => {
    const sid = await newStaffId();
    designateFocalPoint("CR", fp("CR", "focal@cr.example"), sid);
    const cr = focalPointsOf("CR")[0]!;
    const event = insertEvent({ capacity: 1, requiresApproval: false, delegatesNeedFocalPoint: true });
    const first = provenDelegate(event.id, "first@cr.example", "CR");
    const second = provenDelegate(event.id, "second@cr.example", "CR");

    expect(decideDelegate(cr, first, "decline", "Pas sur la liste")).toBe("done");
    expect(statusOf(first)).toBe("rejected");
    // The email names who declined: their focal point, not the secretariat, which took no decision.
    const declined = mails("first@cr.example").at(-1)!;
    expect(declined.template).toBe("registration-declined-by-focal-point");
    expect(declined.text).toContain("le point focal de votre gouvernement n'a pas validé votre inscription");
    expect(declined.text).not.toContain("le secrétariat n'a pas pu accepter");
    expect(declined.text).toContain("Pas sur la liste");
    // Declined in error: the focal point approves after all, and the delegate is told.
    const before = mails("first@cr.example").length;
    expect(decideDelegate(cr, first, "approve", null)).toBe("done");
    expect(statusOf(first)).toBe("confirmed");
    expect(mails("first@cr.example").length).toBe(before + 1);
    expect(delegatesOf("CR").find((d) => d.id === first)!.focalPointDecision).toBe("approved");

    // The second waits for the one seat; when the first is withdrawn from the delegation, it is theirs.
    expect(decideDelegate(cr, second, "approve", null)).toBe("done");
    expect(statusOf(second)).toBe("waiting");
    expect(decideDelegate(cr, first, "decline", "Remplacé")).toBe("done");
    expect(statusOf(first)).toBe("rejected");
    expect(statusOf(second)).toBe("confirmed");
  });

  it("is not reopened once the event has started, nor against the secretariat's refusal, nor for another country", async () => {
    const sid = await newStaffId();
    designateFocalPoint("PA", fp("PA", "focal@pa.example"), sid);
    const pa = focalPointsOf("PA")[0]!;
    const event = insertEvent({ requiresApproval: true, delegatesNeedFocalPoint: true });
    const r = provenDelegate(event.id, "delegate@pa.example", "PA");
    expect(decideDelegate(pa, r, "approve", null)).toBe("forwarded");
    // The secretariat refuses after the focal point's approval: that is the secretariat's word.
    expect(decideRegistration(event.id, r, "reject", sid)).toBe(true);
    expect(decideDelegate(pa, r, "approve", null)).toBe("not-found");
    expect(decideDelegate(pa, r, "decline", null)).toBe("not-found");
    designateFocalPoint("NI", fp("NI", "focal@ni.example"), sid);
    expect(decideDelegate(focalPointsOf("NI")[0]!, r, "decline", null)).toBe("not-found");
    // After the start, a decision stands.
    const now = Date.now();
    expect(mayDecide({ status: "rejected", focalPointDecision: "declined", startsAt: now + HOUR }, "approve", now)).toBe(true);
    expect(mayDecide({ status: "rejected", focalPointDecision: "declined", startsAt: now - HOUR }, "approve", now)).toBe(false);
    expect(mayDecide({ status: "confirmed", focalPointDecision: "approved", startsAt: now - HOUR }, "decline", now)).toBe(false);
    expect(mayDecide({ status: "pending", focalPointDecision: null, startsAt: now - HOUR }, "decline", now)).toBe(true);
  });

  it("is awaited in a letter's register: the Russian email's status line capitalises «Вашего», as UN letters do", async () => {
    const sid = await newStaffId();
    designateFocalPoint("KG", fp("KG", "focal@kg.example"), sid);
    const event = insertEvent({ requiresApproval: false, delegatesNeedFocalPoint: true });
    provenDelegate(event.id, "delegate@kg.example", "KG", "ru");
    const pending = mails("delegate@kg.example").find((m) => m.template === "registration-pending-focal-point")!;
    expect(pending.text).toContain("Ожидает одобрения координатора Вашего правительства");
    expect(pending.text).not.toContain("вашего правительства");
  });

  it("stays with the Member State it was given for: the delegate cannot move to another by the manage link", async () => {
    const sid = await newStaffId();
    designateFocalPoint("CH", fp("CH", "focal@ch.example"), sid);
    designateFocalPoint("FR", fp("FR", "focal@fr.example"), sid);
    const event = insertEvent({ capacity: 10, requiresApproval: false, delegatesNeedFocalPoint: true });
    const r = provenDelegate(event.id, "delegate@ch.example", "CH");
    expect(decideDelegate(focalPointsOf("CH")[0]!, r, "approve", null)).toBe("done");
    const row = db().select().from(registrations).where(eq(registrations.id, r)).get()!;
    const token = linkToken("registration", row.id, row.createdAt);
    expect(updateRegistrantDetails(token, { ...delegateDetails("FR"), jobTitle: "Minister" })).toBe("delegation-fixed");
    expect(delegatesOf("FR")).toEqual([]);
    expect(delegatesOf("CH").map((d) => [d.id, d.focalPointDecision, d.jobTitle])).toEqual([[r, "approved", "Director"]]);
    // Other details may still change.
    expect(updateRegistrantDetails(token, { ...delegateDetails("CH"), jobTitle: "Minister" })).toBe("updated");
    expect(delegatesOf("CH")[0]!.jobTitle).toBe("Minister");
    // Cancelled and registered again for France: a new registration, which France's focal point decides on.
    expect(cancelRegistration(token)).toBe("cancelled");
    expect(provenDelegate(event.id, "delegate@ch.example", "FR")).toBe(r);
    expect(delegatesOf("FR").map((d) => [d.id, d.status, d.focalPointDecision])).toEqual([[r, "pending", null]]);
    expect(decideDelegate(focalPointsOf("FR")[0]!, r, "approve", null)).toBe("done");
  });

  it("is asked only where the event asks: a delegate's box posted by hand to another event is not kept", () => {
    const event = insertEvent({ capacity: 10, requiresApproval: false, delegatesNeedFocalPoint: false });
    registerForEvent({ eventId: event.id, email: "self-styled@ch.example", lang: "fr", details: { ...delegateDetails("CH"), governmentDelegate: true } });
    expect(db().select().from(registrations).where(eq(registrations.email, "self-styled@ch.example")).get()!.governmentDelegate).toBe(false);
  });

  it("is theirs first: the secretariat's desk can neither approve nor reject a delegate the focal point has not decided, and strangers' entries stay off their list", async () => {
    const sid = await newStaffId();
    designateFocalPoint("HN", fp("HN", "focal@hn.example"), sid);
    const hn = focalPointsOf("HN")[0]!;
    const event = insertEvent({ requiresApproval: false, delegatesNeedFocalPoint: true });
    const r = provenDelegate(event.id, "delegate@hn.example", "HN");
    // Typed by someone about another person, never proven: not shown to the focal point.
    registerForEvent({ eventId: event.id, email: "victim@hn.example", lang: "fr", details: { ...delegateDetails("HN"), governmentDelegate: true } });
    expect(delegatesOf("HN").map((d) => d.email)).toEqual(["delegate@hn.example"]);

    const row = () => listRegistrants(event.id, { q: "delegate@hn", page: 1 }).items[0]!;
    expect(row().awaitsFocalPoint).toBe(true);
    expect(decideRegistration(event.id, r, "approve", sid)).toBe(false);
    expect(decideRegistration(event.id, r, "reject", sid)).toBe(false);
    expect(statusOf(r)).toBe("pending");
    // Their decision stays theirs to give, and after it the desk is no longer held back.
    expect(decideDelegate(hn, r, "approve", null)).toBe("done");
    expect(row().awaitsFocalPoint).toBe(false);
    expect(statusOf(r)).toBe("confirmed");
    expect(decideRegistration(event.id, r, "reject", sid)).toBe(true);
  });
});

describe("a focal point told of a waiting delegate", () => {
  it("is emailed in their language when a delegate proves their address, not again the same day while one still waits, and at once when none did", async () => {
    const sid = await newStaffId();
    designateFocalPoint("GT", { ...fp("GT", "focal@gt.example"), lang: "es" }, sid);
    const gt = focalPointsOf("GT")[0]!;
    const event = insertEvent({ requiresApproval: false, delegatesNeedFocalPoint: true });
    const told = () => mails("focal@gt.example").filter((m) => m.template === "focal-point-delegate-awaits");
    const first = provenDelegate(event.id, "first@gt.example", "GT");
    expect(told()).toHaveLength(1);
    expect(told()[0]!.lang).toBe("es");
    // Nothing the registrant typed is in it: not their name.
    expect(told()[0]!.text).not.toContain(delegateDetails("GT").firstName);
    provenDelegate(event.id, "second@gt.example", "GT");
    expect(told()).toHaveLength(1);
    const second = db().select().from(registrations).where(eq(registrations.email, "second@gt.example")).get()!.id;
    expect(decideDelegate(gt, first, "approve", null)).toBe("done");
    expect(decideDelegate(gt, second, "approve", null)).toBe("done");
    provenDelegate(event.id, "third@gt.example", "GT");
    expect(told()).toHaveLength(2);
  });
});
