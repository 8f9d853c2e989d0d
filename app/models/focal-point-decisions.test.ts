import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, endorsements, events, outbox, registrations } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { hashToken, linkToken, newToken } from "~/utils/tokens.server";
import { verifyEndorsement } from "./endorsements.server";
import { historyActions, historyFor } from "./audit.server";
import { awaitsFocalPoint } from "./focal-point-wait.server";
import { decideDelegate } from "./focal-point-delegates.server";
import { erasePerson } from "./erasure.server";
import { decideGovernmentEndorsement, endorseForGovernment, focalPointDecisionOf } from "./focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf } from "./focal-points.server";
import { verifyRegistration } from "./registration-proof.server";
import { registerForEvent } from "./registrations.server";
import { newStaffId } from "~/test-support/fixtures";
import {
  cop30Declaration as declaration,
  delegateDetails,
  delegateEvent,
  focalPointDetails as fp,
  pendingGovernmentEndorsement,
} from "~/test-support/focal-point-fixtures";

// What a focal point's decisions leave for others to read: the secretariat's change history, and
// the delegate's own emails and page (focal-points.test.ts has the decisions themselves).
const now = Date.now();
const staffId = newStaffId;

describe("a focal point's decisions, as others read them", () => {
  it("show in the endorsement's change history what the focal point decided, and who they are", async () => {
    const sid = await staffId();
    const d = declaration();
    designateFocalPoint("UY", { ...fp("UY", "focal@uy.example"), name: "Lucía Fernández" }, sid);
    const uy = focalPointsOf("UY")[0]!;
    const confirmed = pendingGovernmentEndorsement(d.id, "UY");
    const refused = pendingGovernmentEndorsement(d.id, "UY");
    expect(decideGovernmentEndorsement(uy, confirmed.id, "confirmed", null)).toBe("done");
    expect(decideGovernmentEndorsement(uy, refused.id, "refused", "Not ours")).toBe("done");
    expect(endorseForGovernment(uy, declaration().slug, null)).toBe("done");
    const direct = db().select({ id: endorsements.id }).from(endorsements).where(eq(endorsements.country, "UY")).all().at(-1)!;
    // Each is an action the history names in the six languages (history-names.test.ts), by the focal point's name.
    for (const [id, action] of [
      [confirmed.id, "focal-point-confirmed"],
      [refused.id, "focal-point-refused"],
      [direct.id, "focal-point-endorsed"],
    ] as const) {
      expect(historyActions).toContain(action);
      expect(historyFor("endorsement", id)).toMatchObject([{ action, who: "Lucía Fernández" }]);
    }
    // The secretariat's review page reads their word and their note.
    expect(focalPointDecisionOf(refused.id)).toMatchObject({ decision: "refused", note: "Not ours", name: "Lucía Fernández" });
    // Whoever submitted the refused one is told, with the note as the reason; the confirmed one waits for the secretariat.
    const told = db().select().from(outbox).where(eq(outbox.toAddress, refused.email)).all();
    expect(told.map((m) => m.template)).toEqual(["endorsement-refused-by-focal-point"]);
    expect(told[0]!.subject).toMatch(/^Endorsement not confirmed: /);
    expect(told[0]!.text).toContain("has not confirmed the endorsement");
    expect(told[0]!.text).toContain("Not ours");
    expect(db().select().from(outbox).where(eq(outbox.toAddress, confirmed.email)).all()).toEqual([]);
  });

  it("tell a delegate who decides: their focal point where the country has one, else the secretariat", async () => {
    const sid = await staffId();
    designateFocalPoint("GT", fp("GT", "focal@gt.example"), sid);
    const event = delegateEvent({ requiresApproval: false });
    for (const [email, country] of [
      ["delegate@gt.example", "GT"],
      ["delegate@hn.example", "HN"],
    ] as const) {
      registerForEvent({ eventId: event.id, email, lang: "ru", details: { ...delegateDetails(country), governmentDelegate: true } });
      const r = db().select().from(registrations).where(eq(registrations.email, email)).get()!;
      expect(verifyRegistration(linkToken("registration", r.id, r.createdAt))).toBe("proven");
    }
    const last = (email: string) => db().select().from(outbox).where(eq(outbox.toAddress, email)).all().at(-1)!;
    // Guatemala has a focal point: the delegate waits for them, and the email says so in their language.
    expect(last("delegate@gt.example").template).toBe("registration-pending-focal-point");
    // Honduras has none: the secretariat decides, as for any pending registration.
    expect(last("delegate@hn.example").template).toBe("registration-pending");
    const gt = db().select().from(registrations).where(eq(registrations.email, "delegate@gt.example")).get()!;
    expect(awaitsFocalPoint(gt, event)).toBe(true);
    expect(decideDelegate(focalPointsOf("GT")[0]!, gt.id, "decline", "Ms Ana Ruiz is not on our delegation")).toBe("done");
    expect(awaitsFocalPoint({ ...gt, status: "pending" }, event)).toBe(false);
    // Erased, the delegate leaves the decision in the log, not the focal point's note that named them.
    const logged = () =>
      JSON.stringify(
        db()
          .select()
          .from(auditLog)
          .where(eq(auditLog.entityId, String(gt.id)))
          .all(),
      );
    expect(logged()).toContain("Ana Ruiz");
    erasePerson("delegate@gt.example", sid);
    expect(logged()).toContain("delegate-decline");
    expect(logged()).not.toContain("Ana Ruiz");
  });

  it("seat no delegate of a cancelled event: the focal point may decline there, not approve", async () => {
    designateFocalPoint("PA", fp("PA", "focal@pa.example"), await staffId());
    const event = delegateEvent({ requiresApproval: false });
    for (const email of ["one@pa.example", "two@pa.example"]) {
      registerForEvent({ eventId: event.id, email, lang: "es", details: { ...delegateDetails("PA"), governmentDelegate: true } });
      const r = db().select().from(registrations).where(eq(registrations.email, email)).get()!;
      expect(verifyRegistration(linkToken("registration", r.id, r.createdAt))).toBe("proven");
    }
    write((tx) => tx.update(events).set({ status: "cancelled" }).where(eq(events.id, event.id)).run());
    const [one, two] = ["one@pa.example", "two@pa.example"].map((e) => db().select().from(registrations).where(eq(registrations.email, e)).get()!);
    const pa = focalPointsOf("PA")[0]!;
    expect(decideDelegate(pa, one!.id, "approve", null)).toBe("not-found");
    expect(db().select().from(registrations).where(eq(registrations.id, one!.id)).get()!.status).toBe("pending");
    expect(decideDelegate(pa, two!.id, "decline", null)).toBe("done");
  });

  it("tell a government's endorser that a focal point reviews it first, where the country has one", async () => {
    const sid = await staffId();
    designateFocalPoint("SV", fp("SV", "focal@sv.example"), sid);
    const d = declaration();
    const unverified = (country: string, category: "government" | "academia") => {
      const token = newToken();
      const row = pendingGovernmentEndorsement(d.id, country);
      write((tx) =>
        tx
          .update(endorsements)
          .set({ status: "unverified", category, verifyTokenHash: hashToken(token), verifyExpiresAt: now + 3_600_000 })
          .where(eq(endorsements.id, row.id))
          .run(),
      );
      return { ...row, token };
    };
    const cases = [
      [unverified("SV", "government"), "endorsement-received-focal-point"],
      [unverified("SV", "academia"), "endorsement-received"],
      [unverified("CR", "government"), "endorsement-received"],
    ] as const;
    for (const [e, template] of cases) {
      expect(verifyEndorsement(e.token)).toBe("verified");
      expect(db().select().from(outbox).where(eq(outbox.toAddress, e.email)).all().at(-1)!.template).toBe(template);
    }
  });
});
