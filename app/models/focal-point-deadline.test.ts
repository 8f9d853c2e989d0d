import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { endorsements, outbox } from "../../db/schema";
import { submitEndorsement, verifyEndorsement } from "./endorsements.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { approveEndorsement, awaitingFocalPoints, focalPointWaitOf, rejectEndorsement, reviewQueue } from "./endorsement-review.server";
import { decideGovernmentEndorsement } from "./focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf, removeFocalPoint } from "./focal-points.server";
import { lastDayOfWait } from "./focal-point-wait.server";
import { newStaffId } from "~/test-support/fixtures";
import { cop30Declaration as declaration, focalPointDetails as fp } from "~/test-support/focal-point-fixtures";

const DAY = 24 * 3_600_000;

/** A government endorsement (of Senegal unless said) confirmed by its sender's email at `at`: its id. */
function confirmedEndorsement(declarationId: number, n: number, at: number, country = "SN") {
  const email = `sender${n}@gouv.${country.toLowerCase()}`;
  const details = { category: "government" as const, organisation: `Ministère ${n}`, country, representativeName: "A", representativeTitle: "B" };
  expect(submitEndorsement(declarationId, "fr", { ...details, email, statement: null }, null)).toEqual({ ok: true });
  const token = /endorsements\/verify\/([\w-]{43})/.exec(db().select().from(outbox).where(eq(outbox.toAddress, email)).get()!.text)![1]!;
  expect(verifyEndorsement(token, at)).toBe("verified");
  return db().select({ id: endorsements.id }).from(endorsements).where(eq(endorsements.email, email)).get()!.id;
}

describe("how long a government's endorsement waits for its focal point", () => {
  it("30 days from its confirmation, to the end of that day: the focal point is told the date, then the secretariat may decide without them", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("SN", fp("SN", "focal@sn.example"), sid);
    const at = Date.now();
    const id = confirmedEndorsement(d.id, 1, at);
    // Midnight (UTC) after the 30th day: the last day given is theirs in full.
    const ends = Math.ceil((at + 30 * DAY) / DAY) * DAY;

    // The focal point's email gives the last day, in their language.
    const notice = db().select().from(outbox).where(eq(outbox.template, "focal-point-endorsement-awaits")).get()!;
    expect(notice.toAddress).toBe("focal@sn.example");
    expect(notice.text).toContain(formatDate("fr", lastDayOfWait(ends)));
    expect(formatDate("fr", lastDayOfWait(ends))).toBe(formatDate("fr", at + 30 * DAY));

    // The last minute of that day: still theirs alone. The secretariat sees it waiting, and cannot approve it.
    const before = ends - 60_000;
    const queued = (now: number) => reviewQueue("pending", now).find((r) => r.e.id === id);
    expect(queued(before)).toBeUndefined();
    expect(awaitingFocalPoints(before).map((r) => r.e.id)).toContain(id);
    const e = () => db().select().from(endorsements).where(eq(endorsements.id, id)).get()!;
    expect(focalPointWaitOf(e(), before)).toEqual({ waitsUntil: ends });
    expect(approveEndorsement(id, null, sid, before)).toBe(false);
    expect(rejectEndorsement(id, "Not the ministry's own.", sid, before)).toBe(false);
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
    const at = Date.now() - 31 * DAY;
    // Designated before the endorsement came, and told of it then.
    designateFocalPoint("BJ", fp("BJ", "focal@bj.example"), sid, at - DAY);
    const id = confirmedEndorsement(d.id, 2, at, "BJ");
    expect(reviewQueue("pending").find((r) => r.e.id === id)?.focalPointSilentSince).toBe(Math.ceil((at + 30 * DAY) / DAY) * DAY);
    expect(decideGovernmentEndorsement(focalPointsOf("BJ")[0]!, id, "confirmed", null)).toBe("done");
    // Now confirmed by them, no longer "undecided".
    expect(reviewQueue("pending").find((r) => r.e.id === id)).toMatchObject({ focalPointConfirmed: true, focalPointSilentSince: null });
  });

  it("runs from the focal point's designation when they came later: a new focal point gets their 30 days", async () => {
    const sid = await newStaffId();
    const d = declaration();
    const at = Date.now() - 40 * DAY;
    const id = confirmedEndorsement(d.id, 3, at, "GH");
    // Confirmed 40 days ago, when Ghana had no focal point; one is designated today.
    designateFocalPoint("GH", fp("GH", "new-focal@gh.example"), sid);
    expect(reviewQueue("pending").find((r) => r.e.id === id)).toBeUndefined();
    expect(awaitingFocalPoints().find((r) => r.e.id === id)!.waitEnds).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(approveEndorsement(id, null, sid)).toBe(false);
  });

  it("a focal point removed and designated again gets 30 days from the new designation, not the first", async () => {
    const sid = await newStaffId();
    const d = declaration();
    const first = Date.now() - 60 * DAY;
    designateFocalPoint("ML", fp("ML", "focal@ml.example"), sid, first);
    const fpId = focalPointsOf("ML")[0]!.id;
    expect(removeFocalPoint("ML", fpId, sid, first + DAY)).toBe(true);
    // Confirmed 40 days ago while Mali had no focal point; the same person is designated again today.
    const id = confirmedEndorsement(d.id, 4, Date.now() - 40 * DAY, "ML");
    designateFocalPoint("ML", fp("ML", "focal@ml.example"), sid);
    expect(focalPointsOf("ML")[0]!.id).toBe(fpId);
    expect(awaitingFocalPoints().find((r) => r.e.id === id)!.waitEnds).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(approveEndorsement(id, null, sid)).toBe(false);
    expect(rejectEndorsement(id, "Too late.", sid)).toBe(false);
  });
});
