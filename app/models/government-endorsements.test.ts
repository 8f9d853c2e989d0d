import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { endorsements, outbox } from "../../db/schema";
import { db } from "~/utils/db.server";
import { historyFor } from "./audit.server";
import { endorserPage } from "./endorsement-directory.server";
import { approveEndorsement } from "./endorsement-review.server";
import { decideGovernmentEndorsement, declarationsToEndorse, endorseForGovernment } from "./focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf } from "./focal-points.server";
import { publishedGovernmentEndorsements, withdrawGovernmentEndorsement } from "./government-endorsements.server";
import { governmentEndorsements } from "./member-states.server";
import { newStaffId } from "~/test-support/fixtures";
import { cop30Declaration as declaration, focalPointDetails as fp, pendingGovernmentEndorsement } from "~/test-support/focal-point-fixtures";

const statusOf = (id: number) => db().select({ s: endorsements.status }).from(endorsements).where(eq(endorsements.id, id)).get()!.s;

describe("a government's published endorsement, as its focal point manages it", () => {
  it("can be withdrawn by the focal point, whether they made it or a ministry did, and endorsed again", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("PY", { ...fp("PY", "focal@py.example"), name: "Sofía Benítez" }, sid);
    const py = focalPointsOf("PY")[0]!;
    expect(endorseForGovernment(py, d.slug, null)).toBe("done");
    const [own] = publishedGovernmentEndorsements("PY");
    expect(own).toMatchObject({ slug: d.slug, organisation: "Ministry of PY" });
    expect(governmentEndorsements([d.id]).get("PY")![0]!.status).toBe("endorsed");

    expect(withdrawGovernmentEndorsement(py, own!.id)).toBe("done");
    expect(statusOf(own!.id)).toBe("withdrawn");
    expect(publishedGovernmentEndorsements("PY")).toEqual([]);
    expect(governmentEndorsements([d.id]).get("PY")![0]!.status).toBe("not-recorded");
    expect(endorserPage(d.id, "en", {}, 1, 10).rows.map((r) => r.country)).not.toContain("PY");
    expect(historyFor("endorsement", own!.id)[0]).toMatchObject({ action: "focal-point-withdrew", who: "Sofía Benítez" });
    // Twice is nothing more; the declaration is offered to endorse again.
    expect(withdrawGovernmentEndorsement(py, own!.id)).toBe("not-found");
    expect(declarationsToEndorse("PY").map((x) => x.slug)).toContain(d.slug);

    // A ministry's endorsement the focal point confirmed and the secretariat published: the focal point can take it back too.
    const ministry = pendingGovernmentEndorsement(d.id, "PY");
    expect(decideGovernmentEndorsement(py, ministry.id, "confirmed", null)).toBe("done");
    approveEndorsement(ministry.id, null, sid);
    expect(statusOf(ministry.id)).toBe("approved");
    expect(withdrawGovernmentEndorsement(py, ministry.id)).toBe("done");
    expect(statusOf(ministry.id)).toBe("withdrawn");
    // The ministry that submitted it is told; the focal point is not emailed about their own act.
    const withdrawnMail = db().select().from(outbox).where(eq(outbox.template, "endorsement-withdrawn-by-focal-point")).all();
    expect(withdrawnMail.map((m) => m.toAddress)).toEqual([ministry.email]);
    expect(withdrawnMail[0]!.subject).toMatch(/^Endorsement withdrawn: /);
    expect(withdrawnMail[0]!.text).toContain("The focal point of the Member State, designated by its administration, has withdrawn");
  });

  it("is another government's to withdraw, not this focal point's, and a pending one is not published yet", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("BO", fp("BO", "focal@bo.example"), sid);
    designateFocalPoint("EC", fp("EC", "focal@ec.example"), sid);
    const bo = focalPointsOf("BO")[0]!;
    const ec = focalPointsOf("EC")[0]!;
    expect(endorseForGovernment(bo, d.slug, null)).toBe("done");
    const [theirs] = publishedGovernmentEndorsements("BO");
    expect(withdrawGovernmentEndorsement(ec, theirs!.id)).toBe("not-found");
    expect(statusOf(theirs!.id)).toBe("approved");
    const pending = pendingGovernmentEndorsement(d.id, "EC");
    expect(withdrawGovernmentEndorsement(ec, pending.id)).toBe("not-found");
    expect(statusOf(pending.id)).toBe("pending");
  });

  it("is listed once: a second endorsement in the same government's name is not published beside the first", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("KG", fp("KG", "focal@kg.example"), sid);
    const kg = focalPointsOf("KG")[0]!;
    const [first, second] = [pendingGovernmentEndorsement(d.id, "KG"), pendingGovernmentEndorsement(d.id, "KG")];
    for (const e of [first, second]) expect(decideGovernmentEndorsement(kg, e.id, "confirmed", null)).toBe("done");
    expect(approveEndorsement(first.id, null, sid)).toBe(true);
    expect(approveEndorsement(second.id, null, sid)).toBe("government-already");
    expect(statusOf(second.id)).toBe("pending");
    expect(endorserPage(d.id, "en", {}, 1, 10).rows.filter((r) => r.country === "KG")).toHaveLength(1);
    // Once the first is withdrawn, the second may take its place.
    expect(withdrawGovernmentEndorsement(kg, first.id)).toBe("done");
    expect(approveEndorsement(second.id, null, sid)).toBe(true);
  });
});
