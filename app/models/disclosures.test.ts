import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { disclosures, pillars, pledges } from "../../db/schema";
import { seedContent } from "../../db/seed/index";
import { acceptedPartners, templatesTo } from "~/test-support/fixtures";
import { db, write } from "~/utils/db.server";
import {
  emissionsDirectoryPage,
  emissionsTotalsByYear,
  lateDisclosers,
  organisationEmissions,
  publishedSeries,
  sectorIndexRows,
} from "./disclosure-directory.server";
import {
  disclosureQueue,
  DISCLOSURE_REMINDER_GRACE_MS,
  ITU_NAME,
  moderateDisclosure,
  sendDisclosureReminders,
  submitDisclosure,
  type DisclosureInput,
} from "./disclosures.server";
import { memberStateProfile } from "./member-states.server";
import { indexedSum } from "./pathway";
import { submitPledge, moderatePledge } from "./pledges.server";
import { createStaffUser } from "./staff.server";

let staffId = 0;
let orgA = 0;
let orgB = 0;
let userA = 0;
let userB = 0;
const input = (over: Partial<DisclosureInput> = {}): DisclosureInput => ({
  year: 2020,
  boundary: "operational-control",
  methodology: "itu-l1450",
  scope1: 100,
  scope2Location: 250,
  scope2Market: 200,
  scope3: 700,
  scope3Categories: { "1": 500, "2": "not-relevant" },
  energyMwh: 900,
  renewableShare: 0.4,
  subSectors: ["mobile-networks"],
  assurance: "none",
  assurer: null,
  reportUrl: null,
  restatementReason: null,
  ...over,
});
const templates = (to: string) => templatesTo(to).filter((t) => t.startsWith("disclosure-"));
const publishNext = () => moderateDisclosure(disclosureQueue().at(-1)!.disclosure.id, "publish", null, staffId);

beforeAll(async () => {
  seedContent({ examples: false });
  staffId = (await createStaffUser({ email: "rev@itu.int", name: "Rev", role: "reviewer", password: "reviewer password" })).id;
  const partners = acceptedPartners(staffId, [
    { organisation: "Opérateur A", email: "a@op.example", country: "FR" },
    { organisation: "Operator B", email: "b@op.example", country: "KE" },
  ]);
  ({ orgId: orgA, userId: userA } = partners["a@op.example"]!);
  ({ orgId: orgB, userId: userB } = partners["b@op.example"]!);
});

describe("ITU's own footprint in the seed", () => {
  it("is there once, as totals from the Council report, and seeding again adds nothing", () => {
    seedContent({ examples: false });
    const rows = db().select().from(disclosures).where(eq(disclosures.source, "council-report-2024")).all();
    expect(rows.map((r) => [r.year, r.total, r.status, r.scope1])).toEqual([
      [2021, 1674, "published", null],
      [2022, 1969, "published", null],
    ]);
    expect(organisationEmissions(rows[0]!.organisationId)!.org.name).toBe(ITU_NAME);
  });
});

describe("filing, review and restatement", () => {
  it("files a year for review, emails each step, and publishes it", () => {
    const out = submitDisclosure(orgA, userA, input());
    expect(out).toMatchObject({ ok: true, restatement: false });
    expect(db().select().from(disclosures).where(eq(disclosures.organisationId, orgA)).get()!.total).toBe(1000);
    expect(publishNext()).toBe(true);
    expect(templates("a@op.example")).toEqual(["disclosure-received", "disclosure-published"]);
  });

  it("publishes only the figures the reviewer read: a revision sent meanwhile is refused, then decided once read", () => {
    const t0 = Date.UTC(2026, 2, 1);
    submitDisclosure(orgA, userA, input({ year: 2019, scope1: 100 }), t0);
    const read = disclosureQueue().find((q) => q.disclosure.organisationId === orgA && q.disclosure.year === 2019)!.disclosure;
    submitDisclosure(orgA, userA, input({ year: 2019, scope1: 999_999_999 }), t0 + 60_000);
    expect(moderateDisclosure(read.id, "publish", null, staffId, t0 + 120_000, read.updatedAt)).toBe(false);
    expect(db().select().from(disclosures).where(eq(disclosures.id, read.id)).get()).toMatchObject({ status: "in-review", scope1: 999_999_999 });
    expect(moderateDisclosure(read.id, "reject", "Not plausible.", staffId, t0 + 180_000, t0 + 60_000)).toBe(true);
  });

  it("revises a year in review in place instead of adding a second row", () => {
    submitDisclosure(orgA, userA, input({ year: 2023, scope3: 800 }));
    submitDisclosure(orgA, userA, input({ year: 2023, scope3: 850 }));
    const rows = db()
      .select()
      .from(disclosures)
      .where(eq(disclosures.organisationId, orgA))
      .all()
      .filter((r) => r.year === 2023);
    expect(rows.map((r) => [r.status, r.scope3])).toEqual([["in-review", 850]]);
    expect(moderateDisclosure(rows[0]!.id, "request-changes", "Please add category 6.", staffId)).toBe(true);
    submitDisclosure(orgA, userA, input({ year: 2023, scope3: 800 }));
    // The revision is in review again, without the comment it answered.
    expect(db().select().from(disclosures).where(eq(disclosures.id, rows[0]!.id)).get()).toMatchObject({ status: "in-review", moderatorComment: null });
    expect(publishNext()).toBe(true);
  });

  it("asks a reason to restate a published year, and keeps the old figures as superseded once the restatement is published", () => {
    expect(submitDisclosure(orgA, userA, input({ year: 2023, scope3: 900 }))).toEqual({ ok: false, reason: "reason-required" });
    const out = submitDisclosure(orgA, userA, input({ year: 2023, scope3: 900, restatementReason: "Business travel was under-counted." }));
    expect(out).toMatchObject({ ok: true, restatement: true });
    // Until the secretariat publishes it, the published figures stand.
    expect(
      organisationEmissions(orgA)!
        .rows.filter((r) => r.year === 2023)
        .map((r) => r.status),
    ).toEqual(["published"]);
    expect(publishNext()).toBe(true);
    const years = organisationEmissions(orgA)!.rows.filter((r) => r.year === 2023);
    expect(years.map((r) => [r.status, r.total])).toEqual([
      ["superseded", 1100],
      ["published", 1200],
    ]);
    expect(years[1]!.restates).toBe(years[0]!.id);
    expect(years[1]!.restatementReason).toBe("Business travel was under-counted.");
  });

  it("lets a decision be taken once only", () => {
    submitDisclosure(orgB, userB, input({ year: 2021 }));
    const id = disclosureQueue().at(-1)!.disclosure.id;
    expect(moderateDisclosure(id, "reject", "Figures not verifiable.", staffId)).toBe(true);
    expect(moderateDisclosure(id, "publish", null, staffId)).toBe(false);
    expect(templates("b@op.example")).toEqual(["disclosure-received", "disclosure-rejected"]);
  });
});

describe("the public database", () => {
  it("filters in SQL by country, sub-sector, year and assurance, and sums per year", () => {
    submitDisclosure(orgB, userB, input({ year: 2022, subSectors: ["data-centres"], assurance: "limited", assurer: "Audit SA" }));
    publishNext();
    expect(emissionsDirectoryPage({ country: "KE" }, 1, 10).rows.map((r) => r.id)).toEqual([orgB]);
    expect(emissionsDirectoryPage({ subSector: "data-centres" }, 1, 10).total).toBe(1);
    expect(emissionsDirectoryPage({ subSector: "mobile-networks", year: 2023 }, 1, 10).rows.map((r) => [r.id, r.year, r.total])).toEqual([[orgA, 2023, 1200]]);
    expect(emissionsDirectoryPage({ assurance: "reasonable" }, 1, 10).total).toBe(0);
    const y2023 = emissionsTotalsByYear({}).find((y) => y.year === 2023)!;
    expect([y2023.scope1, y2023.scope2, y2023.scope3, y2023.total, y2023.allScopes]).toEqual([100, 200, 900, 1200, 1]);
    // A year whose figures give no scope 3 (as the seeded ITU footprint gives a total only): not
    // reported (null, shown as a dash), never 0.
    submitDisclosure(orgB, userB, input({ year: 2019 }));
    publishNext();
    write((tx) =>
      tx
        .update(disclosures)
        .set({ scope3: null })
        .where(and(eq(disclosures.organisationId, orgB), eq(disclosures.year, 2019)))
        .run(),
    );
    const y2019 = emissionsTotalsByYear({ country: "KE" }).find((y) => y.year === 2019)!;
    expect([y2019.scope1, y2019.scope3]).toEqual([100, null]);
  });

  it("shows each organisation on the page of the Member State it is based in, its latest published year only", () => {
    const fr = memberStateProfile("FR")!.disclosures;
    expect(fr.rows.map((r) => [r.id, r.year, r.total])).toEqual([[orgA, 2023, 1200]]);
    expect(memberStateProfile("KE")!.disclosures.rows.map((r) => [r.id, r.year])).toEqual([[orgB, 2022]]);
    // The rejected 2021 year of the same organisation shows nowhere; a country without disclosures shows none.
    expect(memberStateProfile("UY")!.disclosures).toEqual({ total: 0, rows: [] });
  });

  it("computes the sector index in SQL exactly as pathway.ts defines it", () => {
    const rule = indexedSum(publishedSeries());
    const sql = sectorIndexRows().map((r) => ({ year: r.year, index: r.sum / r.base, organisations: r.organisations }));
    expect(sql.map((r) => r.year)).toEqual(rule.map((r) => r.year));
    sql.forEach((r, i) => {
      expect(r.index).toBeCloseTo(rule[i]!.index);
      expect(r.organisations).toBe(rule[i]!.organisations);
    });
  });

  it("lists as late a partner who promised yearly disclosure and has nothing for last year", () => {
    const pillarId = db().select().from(pillars).where(eq(pillars.slug, "ict-emissions")).get()!.id;
    const pledge = (org: number, user: number) =>
      submitPledge(org, user, {
        pillarId,
        kind: "emissions-reduction",
        title: "Net zero",
        description: "All scopes.",
        lang: "en",
        metric: "GHG",
        unit: "tCO2e",
        baselineYear: 2020,
        baselineValue: 1000,
        targetYear: 2030,
        targetValue: 500,
        scopes: ["1", "2", "3"],
        disclosesAllScopesYearly: true,
        startsOn: "2021-01-01",
        endsOn: null,
      });
    moderatePledge(pledge(orgA, userA), "publish", null, staffId);
    moderatePledge(pledge(orgB, userB), "publish", null, staffId);
    expect(db().select().from(pledges).all().length).toBe(2);
    // orgA published 2020 and 2023; orgB only 2022 (its 2021 was rejected).
    expect(lateDisclosers(2024).map((o) => o.id)).toEqual([orgB]);
    expect(lateDisclosers(2023).map((o) => o.id)).toEqual([orgA]);
    expect(
      lateDisclosers(2022)
        .map((o) => o.id)
        .sort(),
    ).toEqual([orgA, orgB].sort());
  });

  it("reminds a late partner once a calendar year, after the pledge's first 30 days", () => {
    const now = Date.now();
    expect(sendDisclosureReminders(now)).toBe(0);
    const later = now + DISCLOSURE_REMINDER_GRACE_MS + 1000;
    expect(sendDisclosureReminders(later)).toBe(2);
    expect(sendDisclosureReminders(later)).toBe(0);
    expect(templates("a@op.example").filter((t) => t === "disclosure-due")).toHaveLength(1);
  });
});
