import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, partnerUsers, pillars, pledges, progressReports } from "../../db/schema";
import { closeReportingYear, reopenReportingYear } from "./reporting-years.server";
import { seedContent } from "../../db/seed/index";
import { acceptedPartners, pledgeInput, templatesTo } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import {
  moderatePledge,
  moderationQueue,
  refreshStalePledgeProgress,
  reportProgress,
  revisePledge,
  submitPledge,
  withdrawPledge,
  type PledgeInput,
} from "./pledges.server";
import { pledgeDirectoryPage, pledgeTotalsByPillar, publishedPledges } from "./pledge-directory.server";
import { sendReportReminders } from "./pledge-reminders.server";
import { createStaffUser } from "./staff.server";

let staffId = 0;
let orgA = 0;
let orgB = 0;
let userA = 0;
let pillarId = 0;
const input = (over: Partial<PledgeInput> = {}): PledgeInput => pledgeInput(pillarId, { lang: "fr", ...over });
const templates = templatesTo;

beforeAll(async () => {
  seedContent({ examples: false });
  pillarId = db().select().from(pillars).where(eq(pillars.slug, "ict-emissions")).get()!.id;
  staffId = (await createStaffUser({ email: "mod@itu.int", name: "Mod", role: "reviewer", password: "moderator password" })).id;
  const partners = acceptedPartners(staffId, [
    { organisation: "Opérateur A", email: "a@op.example" },
    { organisation: "Operator B", email: "b@op.example" },
  ]);
  ({ orgId: orgA, userId: userA } = partners["a@op.example"]!);
  orgB = partners["b@op.example"]!.orgId;
});

describe("pledge moderation", () => {
  it("goes from review to changes requested, is resubmitted, then published; each step emails the partner", () => {
    const id = submitPledge(orgA, userA, input());
    expect(moderationQueue().map((q) => q.pledge.id)).toContain(id);
    expect(moderatePledge(id, "request-changes", "Please state the baseline source.", staffId)).toBe(true);
    expect(moderatePledge(id, "publish", null, staffId)).toBe(false);
    expect(revisePledge(orgA, id, input({ description: "Baseline from our 2020 GHG inventory." }))).toBe(true);
    expect(moderatePledge(id, "publish", null, staffId)).toBe(true);
    expect(templates("a@op.example").filter((t) => t.startsWith("pledge-"))).toEqual([
      "pledge-received",
      "pledge-changes-requested",
      "pledge-received",
      "pledge-published",
    ]);
    expect(pledgeTotalsByPillar()).toEqual([{ pillarId, n: 1 }]);
  });

  it("publishes only the version the reviewer read: a title revised meanwhile is refused", () => {
    const t0 = Date.UTC(2026, 2, 1);
    const id = submitPledge(orgA, userA, input({ title: "Halve our emissions by 2030" }), t0);
    expect(revisePledge(orgA, id, input({ title: "The greenest operator on Earth" }), t0 + 60_000)).toBe(true);
    expect(moderatePledge(id, "publish", null, staffId, t0 + 120_000, t0)).toBe(false);
    expect(moderatePledge(id, "publish", null, staffId, t0 + 120_000, t0 + 60_000)).toBe(true);
  });

  it("never lets another organisation revise, withdraw or report on a pledge", () => {
    const id = submitPledge(orgA, userA, input({ title: "Circular devices" }));
    expect(revisePledge(orgB, id, input({ title: "Hijacked" }))).toBe(false);
    expect(withdrawPledge(orgB, id)).toBe(false);
    moderatePledge(id, "publish", null, staffId);
    expect(reportProgress(orgB, id, { year: 2024, value: 1, narrative: "x", evidenceUrl: null, scopeValues: null })).toBe(false);
    expect(db().select().from(pledges).where(eq(pledges.id, id)).get()!.title).toBe("Circular devices");
  });

  it("refuses a report for a reporting year the secretariat has closed, and writes nothing", () => {
    const id = submitPledge(orgA, userA, input({ title: "Closed-year pledge" }));
    moderatePledge(id, "publish", null, staffId);
    expect(reportProgress(orgA, id, { year: 2019, value: 10, narrative: "Before closing.", evidenceUrl: null, scopeValues: null })).toBe(true);
    expect(closeReportingYear(2019, staffId)).toBe(true);
    expect(reportProgress(orgA, id, { year: 2019, value: 99, narrative: "A late correction.", evidenceUrl: null, scopeValues: null })).toBe("closed-year");
    expect(db().select().from(progressReports).where(eq(progressReports.pledgeId, id)).all()).toMatchObject([
      { year: 2019, value: 10, narrative: "Before closing." },
    ]);
    expect(reopenReportingYear(2019, staffId)).toBe(true);
    // Out of the directory the next test reads.
    expect(withdrawPledge(orgA, id)).toBe(true);
  });

  it("computes progress from reports, one per year, and shows lateness", () => {
    const id = submitPledge(orgA, userA, input({ title: "Progress pledge", startsOn: "2021-01-01" }));
    // Published in 2023: by 2026 full reporting years have passed, so a missing report is overdue.
    moderatePledge(id, "publish", null, staffId, Date.UTC(2023, 5, 1));
    reportProgress(orgA, id, { year: 2022, value: 950, narrative: "First year.", evidenceUrl: null, scopeValues: { "1": 50, "2": 100, "3": 800 } });
    reportProgress(orgA, id, { year: 2022, value: 900, narrative: "Corrected.", evidenceUrl: null, scopeValues: null });
    const shown = publishedPledges({}, 2026).find((p) => p.pledge.id === id)!;
    expect(shown.reports).toEqual([{ year: 2022, value: 900, scopeValues: null, narrative: "Corrected.", evidenceUrl: null }]);
    expect(shown.progress.status).toBe("on-track");
    expect(shown.progress.progress).toBeCloseTo(100 / 450);
    expect(shown.late).toBe(true);
    // The directory filters on the progress kept on the row, which follows the same rule.
    const row = () => db().select().from(pledges).where(eq(pledges.id, id)).get()!;
    expect(row()).toMatchObject({ progressStatus: "on-track", latestReportYear: 2022 });
    expect(row().progress).toBeCloseTo(100 / 450);
    expect(pledgeDirectoryPage({ status: "late" }, 1, 50, 2026).rows.map((r) => r.id)).toContain(id);
    expect(pledgeDirectoryPage({ status: "on-track" }, 1, 50, 2026).rows.map((r) => r.id)).toContain(id);
    expect(pledgeDirectoryPage({ status: "achieved" }, 1, 50, 2026).rows.map((r) => r.id)).not.toContain(id);
    reportProgress(orgA, id, { year: 2025, value: 700, narrative: "On the way.", evidenceUrl: "https://op.example/report", scopeValues: null });
    expect(publishedPledges({}, 2026).find((p) => p.pledge.id === id)!.late).toBe(false);
    expect(pledgeDirectoryPage({ status: "late" }, 1, 50, 2026).rows.map((r) => r.id)).not.toContain(id);
    reportProgress(orgA, id, { year: 2026, value: 500, narrative: "Done.", evidenceUrl: null, scopeValues: null });
    expect(row()).toMatchObject({ progressStatus: "achieved", progress: 1, latestReportYear: 2026 });
    const page = pledgeDirectoryPage({ status: "achieved", country: "FR", type: "private-sector", kind: "emissions-reduction" }, 1, 50, 2026);
    expect(page.rows.map((r) => r.id)).toEqual([id]);
    expect(page.total).toBe(1);
    expect(pledgeDirectoryPage({ country: "DE" }, 1, 50, 2026).total).toBe(0);
  });

  it("fills in kept progress for pledges reported before it was kept", () => {
    const id = submitPledge(orgB, userA, input({ title: "Old pledge" }));
    moderatePledge(id, "publish", null, staffId);
    reportProgress(orgB, id, { year: 2024, value: 775, narrative: "Half way.", evidenceUrl: null, scopeValues: null });
    db().update(pledges).set({ progress: 0, progressStatus: "not-started", latestReportYear: null }).where(eq(pledges.id, id)).run();
    expect(refreshStalePledgeProgress()).toBe(1);
    expect(db().select().from(pledges).where(eq(pledges.id, id)).get()).toMatchObject({ progress: 0.5, latestReportYear: 2024 });
  });
});

describe("yearly progress-report reminders", () => {
  it("go once a year to an organisation with no report for last year, in its people's language, after a month's grace", () => {
    const userB = db().select().from(partnerUsers).where(eq(partnerUsers.email, "b@op.example")).get()!;
    const id = submitPledge(orgB, userB.id, input({ title: "Reminded pledge", startsOn: "2023-01-01" }));
    moderatePledge(id, "publish", null, staffId, Date.UTC(2027, 0, 5));
    const reminders = () =>
      db()
        .select()
        .from(outbox)
        .where(eq(outbox.toAddress, "b@op.example"))
        .all()
        .filter((m) => m.template === "pledge-report-due" && m.text.includes(`/partners/pledges/${id}\n`));
    const report = (year: number) => reportProgress(orgB, id, { year, value: 900, narrative: "On track.", evidenceUrl: null, scopeValues: null });

    sendReportReminders(Date.UTC(2027, 0, 20)); // published a fortnight ago: the publication email was the reminder
    expect(reminders()).toHaveLength(0);
    sendReportReminders(Date.UTC(2027, 1, 10));
    sendReportReminders(Date.UTC(2027, 1, 11));
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.lang).toBe("fr");
    expect(reminders()[0]!.subject).toBe("Rapport d'avancement attendu pour 2026\u00a0: Reminded pledge");
    expect(reminders()[0]!.text).toContain(`/fr/partners/pledges/${id}`);

    // Reported for 2026 and 2027: nothing in 2028. Nothing for 2028 by 2029: reminded again.
    expect(report(2026)).toBe(true);
    expect(report(2027)).toBe(true);
    sendReportReminders(Date.UTC(2028, 1, 10));
    expect(reminders()).toHaveLength(1);
    sendReportReminders(Date.UTC(2029, 1, 10));
    expect(reminders()).toHaveLength(2);
    expect(reminders()[1]!.subject).toContain("2028");
  });
});
