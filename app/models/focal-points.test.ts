import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, outbox, registrations } from "../../db/schema";
import { submitEndorsement, verifyEndorsement } from "./endorsements.server";
import { db } from "~/utils/db.server";
import { linkToken } from "~/utils/tokens.server";
import { verifyRegistration } from "./registration-proof.server";
import { decideDelegate, delegatesOf } from "./focal-point-delegates.server";
import { decideGovernmentEndorsement, endorseForGovernment } from "./focal-point-endorsements.server";
import {
  designateFocalPoint,
  FOCAL_POINT_LINK_TTL_MS,
  focalPointForSession,
  focalPointLinkState,
  focalPointsOf,
  redeemFocalPointLink,
  removeFocalPoint,
  sendFocalPointLink,
} from "./focal-points.server";
import { approveEndorsement, awaitingFocalPoints, reviewQueue } from "./endorsement-review.server";
import { governmentEndorsements } from "./member-states.server";
import { endorserPage } from "./endorsement-directory.server";
import { registerForEvent } from "./registrations.server";
import { typesOfEvent } from "./participation-types.server";
import { insertEvent, newStaffId } from "~/test-support/fixtures";
import {
  cop30Declaration as declaration,
  delegateDetails,
  delegateEvent,
  focalPointDetails as fp,
  pendingGovernmentEndorsement,
} from "~/test-support/focal-point-fixtures";

const now = Date.now();
const staffId = newStaffId;

describe("focal points", () => {
  it("are designated for Member States only, one address each, and audited", async () => {
    const sid = await staffId();
    expect(designateFocalPoint("TW", fp("TW", "a@tw.example"), sid)).toEqual({
      ok: false,
      reason: "not-member",
    });
    const made = designateFocalPoint("SN", fp("SN", "focal@sn.example"), sid);
    expect(made.ok).toBe(true);
    expect(designateFocalPoint("KE", fp("KE", "FOCAL@sn.example"), sid)).toEqual({ ok: false, reason: "email-taken" });
    expect(focalPointsOf("SN").map((f) => f.email)).toEqual(["focal@sn.example"]);
    const audit = db().select().from(auditLog).where(eq(auditLog.entity, "focal-point")).all();
    expect(audit.map((a) => a.action)).toContain("focal-point-designated");
    // Told in their own language, with the way to sign in; the refused designations sent nothing.
    const mail = db().select().from(outbox).where(eq(outbox.template, "focal-point-designated")).all();
    expect(mail.filter((m) => m.toAddress === "focal@sn.example")).toHaveLength(1);
    expect(mail.find((m) => m.toAddress === "focal@sn.example")).toMatchObject({ lang: "fr" });
    const sent = mail.find((m) => m.toAddress === "focal@sn.example")!;
    expect(sent.subject).toContain("point focal (Sénégal)");
    expect(sent.text).toMatch(/\/fr\/focal-point\/sign-in\b/);
    expect(mail.some((m) => m.toAddress === "a@tw.example")).toBe(false);
  });

  it("sign in by the same single-use link as partners, within 15 minutes, and an ended designation signs nobody in", async () => {
    const sid = await staffId();
    const made = designateFocalPoint("PE", fp("PE", "focal@pe.example"), sid);
    expect(sendFocalPointLink("FOCAL@pe.example", now)).toBe(true);
    expect(sendFocalPointLink("nobody@pe.example", now)).toBe(false);
    const mail = db()
      .select()
      .from(outbox)
      .where(eq(outbox.template, "focal-point-sign-in"))
      .all()
      .find((m) => m.toAddress === "focal@pe.example")!;
    const token = /\/fr\/focal-point\/sign-in\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    expect(focalPointLinkState(token, now + FOCAL_POINT_LINK_TTL_MS + 1)).toBe("expired");
    const redeemed = redeemFocalPointLink(token, now + 1000);
    expect(redeemed.ok).toBe(true);
    expect(redeemFocalPointLink(token, now + 2000)).toEqual({ ok: false, state: "used" });
    expect(redeemFocalPointLink("x".repeat(43), now)).toEqual({ ok: false, state: "unknown" });
    const session = redeemed.ok ? redeemed.session : "";
    expect(focalPointForSession(session, now + 3000)?.country).toBe("PE");
    removeFocalPoint("PE", made.ok ? made.id : 0, sid);
    expect(focalPointForSession(session, now + 4000)).toBeNull();
  });

  it("hold a government endorsement for the focal point; without one it goes straight to the secretariat", async () => {
    const sid = await staffId();
    const d = declaration();
    const withoutFp = pendingGovernmentEndorsement(d.id, "GH");
    const withFp = pendingGovernmentEndorsement(d.id, "NG");
    designateFocalPoint("NG", fp("NG", "focal@ng.example"), sid);
    const queued = () => reviewQueue("pending").map((r) => r.e.id);
    expect(queued()).toContain(withoutFp.id);
    expect(queued()).not.toContain(withFp.id);
    // The secretariat sees it waiting for the focal point, apart from the queue it decides.
    const awaiting = () => awaitingFocalPoints().map((r) => r.e.id);
    expect(awaiting()).toEqual([withFp.id]);
    // Nor can the secretariat approve it by its address before the focal point has decided.
    expect(approveEndorsement(withFp.id, null, sid)).toBe(false);
    const ng = focalPointsOf("NG")[0]!;
    const gh = designateFocalPoint("GH", fp("GH", "focal@gh.example"), sid);
    expect(gh.ok).toBe(true);
    expect(decideGovernmentEndorsement(focalPointsOf("GH")[0]!, withFp.id, "confirmed", null)).toBe("not-found");
    expect(decideGovernmentEndorsement(ng, withFp.id, "confirmed", null)).toBe("done");
    expect(queued()).toContain(withFp.id);
    expect(awaiting()).not.toContain(withFp.id);
    // In the queue, the secretariat sees which the focal point has confirmed.
    const marked = (id: number) => reviewQueue("pending").find((r) => r.e.id === id)?.focalPointConfirmed;
    expect(marked(withFp.id)).toBe(true);
    expect(marked(pendingGovernmentEndorsement(d.id, "KE").id)).toBe(false);
  });

  it("are emailed, in their own language, when a government's endorsement confirmed by email awaits their decision", async () => {
    const sid = await staffId();
    const d = declaration();
    designateFocalPoint("CI", fp("CI", "focal@ci.example"), sid);
    const submit = (category: "government" | "academia", email: string) => {
      const details = { category, organisation: "Ministère <a href=x>promo</a>", country: "CI", representativeName: "Awa", representativeTitle: "Ministre" };
      expect(submitEndorsement(d.id, "en", { ...details, email, statement: "Visit spam.example" }, null)).toEqual({ ok: true });
      const sent = db().select().from(outbox).where(eq(outbox.toAddress, email)).all().at(-1)!;
      return verifyEndorsement(/endorsements\/verify\/([\w-]{43})/.exec(sent.text)![1]!);
    };
    const toFocalPoint = () => db().select().from(outbox).where(eq(outbox.template, "focal-point-endorsement-awaits")).all();
    // Not when the address is merely given, nor for an endorsement that is not in a government's name.
    expect(submit("academia", "univ@ci.example")).toBe("verified");
    expect(toFocalPoint()).toHaveLength(0);
    expect(submit("government", "minister@ci.example")).toBe("verified");
    const mail = toFocalPoint();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ toAddress: "focal@ci.example", lang: "fr" });
    expect(mail[0]!.subject).toContain("Declaration");
    expect(mail[0]!.text).toContain("Côte d’Ivoire");
    expect(mail[0]!.text).toMatch(/\/fr\/focal-point\/sign-in\b/);
    // Nothing the sender typed reaches the focal point.
    expect(mail[0]!.text).not.toMatch(/promo|spam\.example|Awa/);
  });

  it("endorse directly, verified by the focal point, once per declaration", async () => {
    const sid = await staffId();
    designateFocalPoint("CL", fp("CL", "focal@cl.example"), sid);
    const cl = focalPointsOf("CL")[0]!;
    const d = declaration();
    expect(endorseForGovernment(cl, d.slug, null)).toBe("done");
    expect(endorseForGovernment(cl, d.slug, null)).toBe("already");
    expect(endorseForGovernment(cl, "no-such-declaration", null)).toBe("not-found");
    expect(governmentEndorsements([d.id]).get("CL")?.[0]).toMatchObject({
      status: "endorsed",
      verifiedBy: "focal-point",
    });
    // The public list of endorsers says so too, as the Member State's page does (no letter was sent).
    expect(endorserPage(d.id, "en", {}, 1, 5).rows[0]).toMatchObject({ verified: false, verifiedByFocalPoint: true });
  });

  it("decide their own government's delegates only, and the registrant is emailed", async () => {
    const sid = await staffId();
    designateFocalPoint("UY", fp("UY", "focal@uy.example"), sid);
    designateFocalPoint("PY", fp("PY", "focal@py.example"), sid);
    const event = delegateEvent({ requiresApproval: false });
    const details = delegateDetails("UY");
    expect(
      registerForEvent({
        eventId: event.id,
        email: "delegate@uy.example",
        lang: "es",
        details: { ...details, governmentDelegate: true },
      }),
    ).toEqual({ outcome: "registered", status: "unverified" });
    expect(
      registerForEvent({
        eventId: event.id,
        email: "observer@uy.example",
        lang: "es",
        details,
      }),
    ).toEqual({ outcome: "registered", status: "held" });
    // Each proves the address by the emailed link: the delegate then waits for the focal point.
    for (const email of ["delegate@uy.example", "observer@uy.example"]) {
      const r = db().select().from(registrations).where(eq(registrations.email, email)).get()!;
      expect(verifyRegistration(linkToken("registration", r.id, r.createdAt))).toBe("proven");
    }
    const [delegate] = delegatesOf("UY");
    expect(delegatesOf("UY")).toHaveLength(1);
    expect(decideDelegate(focalPointsOf("PY")[0]!, delegate!.id, "approve", null)).toBe("not-found");
    const before = db().select().from(outbox).where(eq(outbox.toAddress, "delegate@uy.example")).all().length;
    expect(decideDelegate(focalPointsOf("UY")[0]!, delegate!.id, "approve", "Welcome")).toBe("done");
    expect(delegatesOf("UY")[0]!.status).toBe("confirmed");
    expect(db().select().from(outbox).where(eq(outbox.toAddress, "delegate@uy.example")).all().length).toBe(before + 1);
    // The same decision twice is nothing (reversing one is focal-point-delegates.test.ts).
    expect(decideDelegate(focalPointsOf("UY")[0]!, delegate!.id, "approve", null)).toBe("not-found");
  });

  it("approve a delegate into a seat of their own participation type, as the secretariat counts seats", async () => {
    const sid = await staffId();
    designateFocalPoint("CL", fp("CL", "focal@cl.example"), sid);
    const cl = focalPointsOf("CL")[0]!;
    // A hybrid event: one seat in the room, online without limit.
    const event = insertEvent({ format: "hybrid", capacity: 1, requiresApproval: false, delegatesNeedFocalPoint: true }, now);
    const [room, online] = typesOfEvent(event.id);
    const proven = (email: string, participationTypeId: number, governmentDelegate: boolean) => {
      registerForEvent({ eventId: event.id, email, lang: "es", participationTypeId, details: { ...delegateDetails("CL"), governmentDelegate } });
      const r = db().select().from(registrations).where(eq(registrations.email, email)).get()!;
      expect(verifyRegistration(linkToken("registration", r.id, r.createdAt))).toBe("proven");
      return r.id;
    };
    proven("observer@cl.example", room!.id, false);
    const remote = proven("remote@cl.example", online!.id, true);
    const inRoom = proven("room@cl.example", room!.id, true);
    const status = (id: number) => db().select().from(registrations).where(eq(registrations.id, id)).get()!.status;
    // Online has room for all, though the event's one seat in the room is taken.
    expect(decideDelegate(cl, remote, "approve", null)).toBe("done");
    expect(status(remote)).toBe("confirmed");
    // The room's only seat is taken: the delegate waits for one.
    expect(decideDelegate(cl, inRoom, "approve", null)).toBe("done");
    expect(status(inRoom)).toBe("waiting");
  });

  it("approve a delegate of an event that also needs the secretariat: pending for it, no longer for them", async () => {
    const sid = await staffId();
    designateFocalPoint("BO", fp("BO", "focal@bo.example"), sid);
    const bo = focalPointsOf("BO")[0]!;
    const event = delegateEvent({ requiresApproval: true });
    registerForEvent({ eventId: event.id, email: "delegate@bo.example", lang: "es", details: { ...delegateDetails("BO"), governmentDelegate: true } });
    const r = db().select().from(registrations).where(eq(registrations.email, "delegate@bo.example")).get()!;
    expect(verifyRegistration(linkToken("registration", r.id, r.createdAt))).toBe("proven");
    expect(delegatesOf("BO")[0]).toMatchObject({ status: "pending", focalPointDecision: null });
    const before = db().select().from(outbox).where(eq(outbox.toAddress, "delegate@bo.example")).all().length;
    expect(decideDelegate(bo, r.id, "approve", null)).toBe("forwarded");
    expect(delegatesOf("BO")[0]).toMatchObject({ status: "pending", focalPointDecision: "approved" });
    // Nothing is sent yet (the secretariat decides next), and the focal point cannot approve twice.
    expect(db().select().from(outbox).where(eq(outbox.toAddress, "delegate@bo.example")).all().length).toBe(before);
    expect(decideDelegate(bo, r.id, "approve", null)).toBe("not-found");
    expect(delegatesOf("BO")[0]!.status).toBe("pending");
  });
});
