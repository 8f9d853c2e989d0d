import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { endorsements, outbox } from "../../db/schema";
import { submitEndorsement, verifyEndorsement } from "./endorsements.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { approveEndorsement, awaitingFocalPoints, focalPointWaitOf, reviewQueue } from "./endorsement-review.server";
import { decideGovernmentEndorsement } from "./focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf } from "./focal-points.server";
import { FOCAL_POINT_WAIT_MS } from "./focal-point-wait.server";
import { newStaffId } from "~/test-support/fixtures";
import { cop30Declaration as declaration, focalPointDetails as fp } from "~/test-support/focal-point-fixtures";

const DAY = 24 * 3_600_000;

/** A government endorsement of Senegal confirmed by its sender's email at `at`: its id. */
function confirmedEndorsement(declarationId: number, n: number, at: number) {
  const email = `sender${n}@gouv.sn`;
  const details = { category: "government" as const, organisation: `Ministère ${n}`, country: "SN", representativeName: "A", representativeTitle: "B" };
  expect(submitEndorsement(declarationId, "fr", { ...details, email, statement: null }, null)).toEqual({ ok: true });
  const token = /endorsements\/verify\/([\w-]{43})/.exec(db().select().from(outbox).where(eq(outbox.toAddress, email)).get()!.text)![1]!;
  expect(verifyEndorsement(token, at)).toBe("verified");
  return db().select({ id: endorsements.id }).from(endorsements).where(eq(endorsements.email, email)).get()!.id;
}

describe("how long a government's endorsement waits for its focal point", () => {
  it("30 days from its confirmation: the focal point is told the date, then the secretariat may decide without them", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("SN", fp("SN", "focal@sn.example"), sid);
    const at = Date.now();
    const id = confirmedEndorsement(d.id, 1, at);
    const ends = at + FOCAL_POINT_WAIT_MS;
    expect(ends - at).toBe(30 * DAY);

    // The focal point's email gives the last day, in their language.
    const notice = db().select().from(outbox).where(eq(outbox.template, "focal-point-endorsement-awaits")).get()!;
    expect(notice.toAddress).toBe("focal@sn.example");
    expect(notice.text).toContain(formatDate("fr", ends));

    // A day before: still theirs alone. The secretariat sees it waiting, and cannot approve it.
    const before = ends - DAY;
    const queued = (now: number) => reviewQueue("pending", now).find((r) => r.e.id === id);
    expect(queued(before)).toBeUndefined();
    expect(awaitingFocalPoints(before).map((r) => r.e.id)).toContain(id);
    const e = () => db().select().from(endorsements).where(eq(endorsements.id, id)).get()!;
    expect(focalPointWaitOf(e(), before)).toEqual({ waitsUntil: ends });
    expect(approveEndorsement(id, null, sid, before)).toBe(false);
    expect(e().status).toBe("pending");

    // Past the date, undecided: in the secretariat's queue, marked as such, and theirs to approve.
    const after = ends + 60_000;
    expect(queued(after)).toMatchObject({ focalPointSilentSince: ends, focalPointConfirmed: false });
    expect(awaitingFocalPoints(after).map((r) => r.e.id)).not.toContain(id);
    expect(focalPointWaitOf(e(), after)).toEqual({ silentSince: ends });
    expect(approveEndorsement(id, null, sid, after)).toBe(true);
    expect(e().status).toBe("approved");
    expect(
      db()
        .select()
        .from(outbox)
        .where(eq(outbox.template, "endorsement-approved"))
        .all()
        .map((m) => m.toAddress),
    ).toEqual(["sender1@gouv.sn"]);
  });

  it("a focal point who decides late is still heard while the secretariat has not decided", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("SN", fp("SN", "focal@sn.example"), sid);
    const at = Date.now() - 31 * DAY;
    const id = confirmedEndorsement(d.id, 2, at);
    expect(reviewQueue("pending").find((r) => r.e.id === id)?.focalPointSilentSince).toBe(at + FOCAL_POINT_WAIT_MS);
    expect(decideGovernmentEndorsement(focalPointsOf("SN")[0]!, id, "confirmed", null)).toBe("done");
    // Now confirmed by them, no longer "undecided".
    expect(reviewQueue("pending").find((r) => r.e.id === id)).toMatchObject({ focalPointConfirmed: true, focalPointSilentSince: null });
  });
});
