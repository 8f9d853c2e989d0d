import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { endorsements, outbox } from "../../db/schema";
import { db } from "~/utils/db.server";
import { getT } from "~/utils/i18n.server";
import { publicEndorsers } from "./endorsement-directory.server";
import { approveEndorsement, rejectEndorsement, reviewQueue } from "./endorsement-review.server";
import {
  looksLikePdf,
  organisationKey,
  submitEndorsement,
  verifyEndorsement,
  VERIFY_TTL_MS,
  withdrawEndorsement,
  type EndorsementInput,
} from "./endorsements.server";
import { createStaffUser } from "./staff.server";
import { insertDeclaration } from "~/test-support/fixtures";
import { minimalPdf } from "~/utils/pdf";

const now = Date.now();
let declarationId = 0;
let closedId = 0;
let staffId = 0;
const input = (over: Partial<EndorsementInput> = {}): EndorsementInput => ({
  category: "government",
  organisation: "Ministère de l'Économie numérique",
  country: "SN",
  representativeName: "Awa Ndiaye",
  representativeTitle: "Minister",
  email: "awa@gouv.sn",
  statement: "We support <b>green</b> ICT.",
  ...over,
});
const verifyTokenFrom = (to: string) => {
  const mail = db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .all()
    .find((m) => m.template === "endorsement-verify")!;
  return mail.text.match(/endorsements\/verify\/([A-Za-z0-9_-]{43})/)![1]!;
};
const pdf = minimalPdf();

beforeAll(async () => {
  staffId = (await createStaffUser({ email: "rev@itu.int", name: "Rev", role: "reviewer", password: "reviewer password!" })).id;
  const base = { title: { en: "COP29 Declaration" } };
  declarationId = insertDeclaration({ ...base, slug: "d-open", endorsementOpensAt: now - 1000 }, now).id;
  closedId = insertDeclaration({ ...base, slug: "d-closed", endorsementOpensAt: now - 2000, endorsementClosesAt: now - 1000 }, now).id;
});

describe("endorsement rules", () => {
  it("folds organisation names for duplicate detection", () => {
    expect(organisationKey("Ministère de l'Économie  numérique")).toBe(organisationKey("ministere de l economie numerique"));
  });
  it("recognises a PDF by its content, not its name", () => {
    expect(looksLikePdf(pdf)).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode("PK\u0003\u0004 a zip renamed to .pdf"))).toBe(false);
  });
});

describe("from submission to the public list", () => {
  it("verifies once, goes to review, and is listed only when approved, without contact details", () => {
    expect(submitEndorsement(declarationId, "ru", input(), { bytes: pdf, name: "note.pdf" })).toEqual({ ok: true });
    const token = verifyTokenFrom("awa@gouv.sn");
    // The address has not proven itself: the email carries none of the words the sender typed.
    const verifyMail = db().select().from(outbox).where(eq(outbox.toAddress, "awa@gouv.sn")).all()[0]!;
    for (const typed of ["Awa Ndiaye", "Économie numérique", "We support"]) expect(verifyMail.subject + verifyMail.html + verifyMail.text).not.toContain(typed);
    expect(publicEndorsers(declarationId, "en")).toEqual([]);
    expect(verifyEndorsement(token)).toBe("verified");
    expect(verifyEndorsement(token)).toBe("already");
    const [queued] = reviewQueue("pending");
    expect(queued!.e.organisation).toBe("Ministère de l'Économie numérique");
    expect(publicEndorsers(declarationId, "en")).toEqual([]);
    expect(approveEndorsement(queued!.e.id, null, staffId)).toBe(true);
    const listed = publicEndorsers(declarationId, "en");
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name: "Government: Senegal", country: "SN", region: "africa", verified: true });
    expect(JSON.stringify(listed)).not.toMatch(/awa@gouv\.sn|Awa Ndiaye|note\.pdf/);
    const templates = db()
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, "awa@gouv.sn"))
      .all()
      .map((m) => [m.template, m.lang]);
    expect(templates).toEqual([
      ["endorsement-verify", "ru"],
      ["endorsement-received", "ru"],
      ["endorsement-approved", "ru"],
    ]);
  });

  it("flags likely duplicates and sends the rejection reason", () => {
    submitEndorsement(declarationId, "en", input({ email: "other@gouv.sn", organisation: "MINISTERE DE L'ECONOMIE NUMERIQUE" }), null);
    verifyEndorsement(verifyTokenFrom("other@gouv.sn"));
    const dup = reviewQueue("pending").find((r) => r.e.email === "other@gouv.sn")!;
    expect(dup.likelyDuplicate).toBe(true);
    expect(rejectEndorsement(dup.e.id, "Already endorsed by the same ministry.", staffId)).toBe(true);
    const mail = db().select().from(outbox).where(eq(outbox.toAddress, "other@gouv.sn")).all().at(-1)!;
    expect(mail.template).toBe("endorsement-rejected");
    expect(mail.text).toContain("Already endorsed by the same ministry.");
    // Refused, there is nothing left to withdraw: the email does not offer it.
    expect(mail.text).not.toContain(getT("en", "email")("endorsement.withdraw"));
  });

  it("refuses expired links and closed declarations, leaving no letter behind", () => {
    submitEndorsement(declarationId, "en", input({ email: "late@x.org", organisation: "Late Org", category: "academia" }), null);
    expect(verifyEndorsement(verifyTokenFrom("late@x.org"), Date.now() + VERIFY_TTL_MS + 1000)).toBe("expired");
    const dir = path.resolve(process.env.LETTERS_DIR ?? "data/letters");
    const count = () => (fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".pdf")).length : 0);
    const before = count();
    expect(submitEndorsement(closedId, "en", input({ email: "closed@x.org" }), { bytes: pdf, name: "x.pdf" })).toEqual({ ok: false, reason: "closed" });
    expect(count()).toBe(before);
    expect(db().select().from(endorsements).where(eq(endorsements.email, "closed@x.org")).all()).toHaveLength(0);
  });

  it("lets the endorser withdraw, which removes it from the public list", () => {
    const approved = db().select().from(endorsements).where(eq(endorsements.status, "approved")).get()!;
    // The link from the endorser's email works; what the database holds is only its hash.
    const mail = db().select().from(outbox).where(eq(outbox.toAddress, approved.email)).all().at(-1)!;
    const token = /\/endorsements\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    expect(approved.manageTokenHash).not.toContain(token);
    expect(withdrawEndorsement(approved.manageTokenHash)).toBe(false);
    expect(withdrawEndorsement(token)).toBe(true);
    expect(withdrawEndorsement(token)).toBe(false);
    expect(publicEndorsers(declarationId, "en")).toEqual([]);
  });
});
