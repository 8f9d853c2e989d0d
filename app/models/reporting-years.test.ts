import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, disclosures, outbox, partnerSignInTokens, partnerUsers } from "../../db/schema";
import { seedContent } from "../../db/seed/index";
import { db } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";
import { disclosureInput, requestConfirmed } from "~/test-support/fixtures";
import { submitDisclosure } from "./disclosures.server";
import { ACCEPTANCE_LINK_TTL_MS, decidePartnership, partnershipRequests, redeemSignInLink } from "./partners.server";
import { closableYears, closedYears, closeReportingYear, reopenReportingYear, reportingYearHistory } from "./reporting-years.server";
import { createStaffUser } from "./staff.server";

let adminId = 0;
let orgId = 0;
let userId = 0;
const acceptedAt = Date.now();
const input = (year: number) => disclosureInput({ year });
const rowsFor = (year: number) =>
  db()
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.organisationId, orgId), eq(disclosures.year, year)))
    .all();

beforeAll(async () => {
  seedContent({ examples: false });
  adminId = (await createStaffUser({ email: "years@itu.int", name: "Yasmin Years", role: "admin", password: "administrator password" })).id;
  requestConfirmed(
    { organisation: "Closing Test Ltd", type: "private-sector", country: "KE", website: null, motivation: null, name: "Contact", email: "close@op.example" },
    "es",
  );
  for (const r of partnershipRequests("requested")) decidePartnership(r.org.id, "accepted", adminId, acceptedAt);
  const user = db().select().from(partnerUsers).where(eq(partnerUsers.email, "close@op.example")).get()!;
  [orgId, userId] = [user.organisationId, user.id];
});

describe("closing a reporting year", () => {
  it("refuses a partner's filing for a closed year and stores nothing, while other years stay open", () => {
    expect(closeReportingYear(2021, adminId)).toBe(true);
    const before = db().select().from(outbox).all().length;
    expect(submitDisclosure(orgId, userId, input(2021))).toEqual({ ok: false, reason: "year-closed" });
    expect(rowsFor(2021)).toHaveLength(0);
    expect(db().select().from(outbox).all()).toHaveLength(before);
    expect(submitDisclosure(orgId, userId, input(2022))).toMatchObject({ ok: true });
  });

  it("closing twice changes nothing; reopening lets the partner file again; both acts are audited", () => {
    expect(closeReportingYear(2021, adminId)).toBe(false);
    expect(closedYears()).toEqual([2021]);
    expect(reopenReportingYear(2021, adminId)).toBe(true);
    expect(reopenReportingYear(2021, adminId)).toBe(false);
    expect(closedYears()).toEqual([]);
    expect(submitDisclosure(orgId, userId, input(2021))).toMatchObject({ ok: true });
    expect(reportingYearHistory().map((h) => [h.action, h.year, h.who])).toEqual([
      ["unlocked", 2021, "Yasmin Years"],
      ["locked", 2021, "Yasmin Years"],
    ]);
    expect(db().select().from(auditLog).where(eq(auditLog.entity, "reporting-year")).all()).toHaveLength(2);
  });

  it("offers the years from 2019 to last year, newest first", () => {
    expect(closableYears(Date.UTC(2026, 5, 1))).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019]);
  });
});

describe("the acceptance email signs the partner in", () => {
  it("carries a single-use sign-in link, kept only as its hash, valid seven days", () => {
    const mail = db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, "close@op.example"), eq(outbox.template, "partner-accepted")))
      .get()!;
    const token = /\/es\/partners\/sign-in\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const row = db()
      .select()
      .from(partnerSignInTokens)
      .where(eq(partnerSignInTokens.tokenHash, hashToken(token)))
      .get()!;
    expect(row.expiresAt).toBe(acceptedAt + ACCEPTANCE_LINK_TTL_MS);
    expect(db().select().from(partnerSignInTokens).where(eq(partnerSignInTokens.tokenHash, token)).get()).toBeUndefined();
    expect(redeemSignInLink(token, acceptedAt + ACCEPTANCE_LINK_TTL_MS + 1)).toEqual({ ok: false, state: "expired" });
    expect(redeemSignInLink(token, acceptedAt + 6 * 24 * 3_600_000)).toMatchObject({ ok: true });
    expect(redeemSignInLink(token, acceptedAt + 6 * 24 * 3_600_000)).toEqual({ ok: false, state: "used" });
  });
});
