import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, registrations } from "../../db/schema";
import { pdfLines } from "../../tests/e2e/support/pdf";
import { db, write } from "~/utils/db.server";
import { DAY, event, mails, now, passport, registrant, requestOf, staff } from "~/test-support/visa-fixtures";
import { approveVisaLetter, refuseVisaLetter, requestVisaLetter, resendVisaLetter, visaQueue } from "./visa-letters.server";

const letterText = async (mail: { attachments: string }) => {
  const [pdf] = JSON.parse(mail.attachments) as { content: string }[];
  return (await pdfLines(Buffer.from(pdf!.content, "base64"))).join(" ").replace(/\s+/g, " ");
};

describe("an approved visa support letter", () => {
  it("is sent again on the secretariat's word, the same letter dated the day it was approved, and the resend is recorded", async () => {
    const r = registrant(event("in-person").id, "fr");
    requestVisaLetter(r.token, passport({ letterLang: "fr" }));
    const id = requestOf(r.id)!.id;
    const approver = await staff();
    const approvedOn = now - 3 * DAY;
    expect(await approveVisaLetter(id, approver, approvedOn)).toBe("approved");
    const colleague = await staff();
    expect(await resendVisaLetter(id, colleague, now)).toBe("sent");
    const [first, again] = mails(r.email);
    expect(again!.subject).toBe(first!.subject);
    expect(await letterText(again!)).toBe(await letterText(first!));
    expect(await letterText(again!)).toContain("A1234567");
    const resends = db().select().from(auditLog).where(eq(auditLog.action, "visa-letter-resent")).all();
    expect(resends.filter((a) => a.entityId === String(id)).map((a) => a.staffUserId)).toEqual([colleague]);
    // The queue still names who decided, and when.
    const row = visaQueue("approved", 1).items.find((i) => i.v.id === id)!;
    expect(row.decidedByName).toBe("Staff");
    expect(row.v.decidedAt).toBe(approvedOn);
    // A second press a moment later (a double click, a form sent twice) sends nothing more; a minute on, it does.
    expect(await resendVisaLetter(id, colleague, now + 1_000)).toBe("sent-just-now");
    expect(mails(r.email)).toHaveLength(2);
    expect(await resendVisaLetter(id, colleague, Date.now() + 61_000)).toBe("sent");
    expect(mails(r.email)).toHaveLength(3);
  }, 30_000);

  it("is not sent again when it was refused, or the person no longer holds a place in the room", async () => {
    const refused = registrant(event("in-person").id);
    requestVisaLetter(refused.token, passport());
    const staffId = await staff();
    refuseVisaLetter(requestOf(refused.id)!.id, staffId, null);
    expect(await resendVisaLetter(requestOf(refused.id)!.id, staffId)).toBe("not-approved");
    expect(mails(refused.email)).toHaveLength(1);

    const gone = registrant(event("in-person").id);
    requestVisaLetter(gone.token, passport());
    const id = requestOf(gone.id)!.id;
    expect(await approveVisaLetter(id, staffId)).toBe("approved");
    write((tx) => tx.update(registrations).set({ status: "waiting" }).where(eq(registrations.id, gone.id)).run());
    expect(await resendVisaLetter(id, staffId)).toBe("not-eligible");
    expect(mails(gone.email)).toHaveLength(1);
    expect(await resendVisaLetter(987_654, staffId)).toBe("not-approved");
  }, 30_000);
});
