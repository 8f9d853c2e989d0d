import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { milestones, outbox, partnerUsers, pillars, pledges, workingGroupMembers, workingGroups } from "../../db/schema";
import { seedContent } from "../../db/seed/index";
import { db } from "~/utils/db.server";
import { historyFor } from "./audit.server";
import { requestConfirmed } from "~/test-support/fixtures";
import { decidePartnership, partnershipRequests } from "./partners.server";
import { moderatePledge, reportProgress, submitPledge } from "./pledges.server";
import { createStaffUser } from "./staff.server";
import { appointCoLead, canManageGroup, decideMembership, groupDesk, leaveGroup, membershipOf, requestToJoin, type Actor } from "./working-group-desk.server";
import {
  correctUpdate,
  deleteMilestone,
  postUpdate,
  saveMilestone,
  setMilestoneStatus,
  unsubscribeByToken,
  withdrawUpdate,
} from "./working-group-reporting.server";
import { listPublishedWorkingGroups } from "./working-group-list.server";
import { getPublicWorkingGroup } from "./working-groups.server";

let staff: Actor;
let staffId = 0;
const orgs: Record<string, number> = {};
const users: Record<string, number> = {};
let group = { id: 0, slug: "", pillarId: 0 };
let other = { id: 0, slug: "" };
const mailTo = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();

beforeAll(async () => {
  seedContent({ examples: false });
  staffId = (await createStaffUser({ email: "sec@itu.int", name: "Sec", role: "admin", password: "secretariat password" })).id;
  staff = { kind: "staff", staffUserId: staffId };
  for (const [key, lang] of [
    ["lead", "es"],
    ["member", "ar"],
    ["outsider", "en"],
  ] as const) {
    const email = `${key}@org.example`;
    requestConfirmed(
      { organisation: `Org ${key}`, type: "private-sector", country: "ES", website: null, motivation: null, name: `Contact ${key}`, email },
      lang,
    );
  }
  for (const r of partnershipRequests("requested")) decidePartnership(r.org.id, "accepted", staffId);
  for (const u of db().select().from(partnerUsers).all()) {
    orgs[u.email.split("@")[0]!] = u.organisationId;
    users[u.email.split("@")[0]!] = u.id;
  }
  const [a, b] = db().select().from(workingGroups).all();
  group = { id: a!.id, slug: a!.slug, pillarId: a!.pillarId };
  other = { id: b!.id, slug: b!.slug };
  appointCoLead(group.id, orgs.lead!, staffId);
});

describe("joining a working group", () => {
  it("asks, tells the co-leads, is accepted by a co-lead, and the organisation is told in its language", () => {
    expect(requestToJoin(group.id, orgs.member!, "We run a national e-waste programme.")).toBe("requested");
    expect(requestToJoin(group.id, orgs.member!, null)).toBe("requested");
    expect(mailTo("lead@org.example").filter((m) => m.template === "wg-join-requested")).toHaveLength(1);
    const request = groupDesk(group.id).requests.find((r) => r.organisation.id === orgs.member)!;
    expect(request.membership.message).toBe("We run a national e-waste programme.");

    const lead: Actor = { kind: "partner", organisationId: orgs.lead! };
    expect(canManageGroup(group.id, lead)).toBe(true);
    expect(canManageGroup(other.id, lead)).toBe(false);
    expect(canManageGroup(group.id, { kind: "partner", organisationId: orgs.outsider! })).toBe(false);

    expect(decideMembership(other.id, request.membership.id, "accepted", lead)).toBe(false);
    expect(decideMembership(group.id, request.membership.id, "accepted", lead)).toBe(true);
    expect(decideMembership(group.id, request.membership.id, "declined", lead)).toBe(false);
    const welcome = mailTo("member@org.example").find((m) => m.template === "wg-join-accepted")!;
    expect(welcome.lang).toBe("ar");
    expect(welcome.html).toContain('dir="rtl"');
    expect(getPublicWorkingGroup(group.slug)!.members.map((m) => m.organisation.name)).toContain("Org member");
    expect(requestToJoin(group.id, orgs.member!, null)).toBe("accepted");
  });

  it("lets a declined organisation ask again", () => {
    requestToJoin(other.id, orgs.outsider!, null);
    const m = membershipOf(other.id, orgs.outsider!)!;
    expect(decideMembership(other.id, m.id, "declined", staff)).toBe(true);
    expect(requestToJoin(other.id, orgs.outsider!, "Second try")).toBe("requested");
    expect(membershipOf(other.id, orgs.outsider!)!.status).toBe("requested");
  });
});

describe("leaving a working group", () => {
  it("takes a member off the public list, records who left, and lets it ask again; a co-lead cannot leave this way", () => {
    const m = membershipOf(other.id, orgs.outsider!)!;
    expect(m.status).toBe("requested");
    expect(leaveGroup(other.id, orgs.outsider!, users.outsider!)).toBe(false);
    expect(decideMembership(other.id, m.id, "accepted", staff)).toBe(true);
    expect(getPublicWorkingGroup(other.slug)!.members.map((x) => x.organisation.name)).toContain("Org outsider");
    expect(leaveGroup(other.id, orgs.outsider!, users.outsider!)).toBe(true);
    expect(membershipOf(other.id, orgs.outsider!)!.status).toBe("left");
    expect(getPublicWorkingGroup(other.slug)!.members.map((x) => x.organisation.name)).not.toContain("Org outsider");
    expect(historyFor("working-group", other.id, 5)[0]!.action).toBe("member-left");
    expect(leaveGroup(group.id, orgs.lead!, users.lead!)).toBe(false);
    expect(membershipOf(group.id, orgs.lead!)!.role).toBe("co-lead");
    expect(requestToJoin(other.id, orgs.outsider!, null)).toBe("requested");
  });
});

describe("milestones and updates", () => {
  it("moves the public completion when a milestone is marked done, and refuses another group's milestone", () => {
    const lead: Actor = { kind: "partner", organisationId: orgs.lead!, partnerUserId: users.lead! };
    const base = { lang: "es" as const, dueOn: "2099-01-01", evidenceUrl: null };
    saveMilestone(group.id, null, { ...base, title: "Inventario de residuos", status: "planned", weight: 3 }, lead);
    saveMilestone(group.id, null, { ...base, title: "Informe final", status: "planned", weight: null }, lead);
    expect(getPublicWorkingGroup(group.slug)!.completion.share).toBe(0);
    const first = db().select().from(milestones).where(eq(milestones.title, "Inventario de residuos")).get()!;
    expect(saveMilestone(other.id, first.id, { ...base, title: "Hijacked", status: "done", weight: 3 }, lead)).toBe(false);
    expect(deleteMilestone(other.id, first.id, lead)).toBe(false);
    expect(saveMilestone(group.id, first.id, { ...base, title: "Inventario de residuos", status: "done", weight: 3 }, lead)).toBe(true);
    const shown = getPublicWorkingGroup(group.slug)!;
    expect(shown.completion.share).toBe(0.75);
    expect(db().select().from(milestones).where(eq(milestones.id, first.id)).get()!.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(listPublishedWorkingGroups().find((g) => g.id === group.id)!.completion.share).toBe(0.75);
    // The quick status change records the day a milestone is marked done, and refuses another group's milestone.
    const done = db().select().from(milestones).where(eq(milestones.id, first.id)).get()!.completedOn;
    expect(setMilestoneStatus(other.id, first.id, "planned", lead)).toBe(false);
    expect(setMilestoneStatus(group.id, first.id, "in-progress", lead)).toBe(true);
    expect(getPublicWorkingGroup(group.slug)!.completion.share).toBe(0);
    expect(setMilestoneStatus(group.id, first.id, "done", lead, Date.parse("2031-01-01"))).toBe(true);
    expect(db().select().from(milestones).where(eq(milestones.id, first.id)).get()!.completedOn).toBe("2031-01-01");
    expect(done).not.toBe("2031-01-01");
    // The co-lead's changes are in the group's history under the person and the organisation, as
    // the secretariat's are under its staff member; refused changes left nothing there.
    const history = historyFor("working-group", group.id, 50);
    expect(
      history
        .filter((h) => h.who === "Contact lead (Org lead)")
        .map((h) => h.action)
        .sort(),
    ).toEqual(["milestone-added", "milestone-added", "milestone-changed", "milestone-changed", "milestone-changed"].sort());
    expect(history.find((h) => h.action === "co-lead-appointed")!.who).toBe("Sec");
  });

  it("emails every member for each update with an unsubscribe link that works", () => {
    const lead: Actor = { kind: "partner", organisationId: orgs.lead! };
    const before = mailTo("member@org.example").filter((m) => m.template === "wg-update").length;
    expect(postUpdate(group.id, { title: "Primera reunión", body: "Nos reunimos en Ginebra.\n\nPróximos pasos: inventario.", lang: "es" }, lead)).toBeTypeOf(
      "number",
    );
    const updates = mailTo("member@org.example").filter((m) => m.template === "wg-update");
    expect(updates).toHaveLength(before + 1);
    const token = updates.at(-1)!.text.match(/working-groups\/unsubscribe\/([A-Za-z0-9_-]{43})/)![1]!;
    expect(mailTo("lead@org.example").some((m) => m.template === "wg-update")).toBe(true);
    expect(mailTo("outsider@org.example").some((m) => m.template === "wg-update")).toBe(false);

    // The database holds only the token's sha256: the value itself opens nothing, the emailed one does.
    const stored = db()
      .select({ hash: workingGroupMembers.unsubscribeTokenHash })
      .from(workingGroupMembers)
      .all()
      .map((r) => r.hash);
    expect(stored).toContain(crypto.createHash("sha256").update(token).digest("hex"));
    expect(stored).not.toContain(token);
    for (const hash of stored) expect(unsubscribeByToken(hash)).toBe(false);
    expect(unsubscribeByToken(token)).toBe(true);
    postUpdate(group.id, { title: "Segunda reunión", body: "Sin novedades.", lang: "es" }, staff);
    expect(mailTo("member@org.example").filter((m) => m.template === "wg-update")).toHaveLength(before + 1);
    expect(getPublicWorkingGroup(group.slug)!.updates.map((u) => u.update.title)).toEqual(["Segunda reunión", "Primera reunión"]);
  });

  it("corrects an update without emailing it again, withdraws one, and refuses another group's", () => {
    const lead: Actor = { kind: "partner", organisationId: orgs.lead!, partnerUserId: users.lead! };
    const id = postUpdate(group.id, { title: "Reunion in Genva", body: "Typo.", lang: "en" }, lead)!;
    const emailed = db().select().from(outbox).all().length;
    expect(correctUpdate(other.id, id, { title: "Elsewhere", body: "No.", lang: "en" }, staff)).toBe(false);
    expect(correctUpdate(group.id, id, { title: "Meeting in Geneva", body: "Corrected.", lang: "en" }, lead, 1_800_000_000_000)).toBe(true);
    expect(db().select().from(outbox).all().length).toBe(emailed);
    const shown = getPublicWorkingGroup(group.slug)!.updates.find((u) => u.update.id === id)!.update;
    expect([shown.title, shown.body, shown.correctedAt]).toEqual(["Meeting in Geneva", "Corrected.", 1_800_000_000_000]);
    expect(historyFor("working-group", group.id, 1)[0]!.action).toBe("update-corrected");
    expect(withdrawUpdate(other.id, id, staff)).toBe(false);
    expect(withdrawUpdate(group.id, id, lead)).toBe(true);
    expect(getPublicWorkingGroup(group.slug)!.updates.some((u) => u.update.id === id)).toBe(false);
    expect(historyFor("working-group", group.id, 1)[0]!.action).toBe("update-withdrawn");
  });

  it("rolls up the members' published pledges under the group's pillar", () => {
    const pledge = submitPledge(orgs.member!, users.member!, {
      pillarId: group.pillarId,
      kind: "emissions-reduction",
      title: "Reducir emisiones",
      description: "—",
      lang: "es",
      metric: "tCO2e",
      unit: "t",
      baselineYear: 2020,
      baselineValue: 100,
      targetYear: 2030,
      targetValue: 50,
      scopes: [],
      disclosesAllScopesYearly: false,
      startsOn: "2021-01-01",
      endsOn: null,
    });
    const elsewhere = db()
      .select()
      .from(pillars)
      .all()
      .find((p) => p.id !== group.pillarId)!.id;
    const offPillar = submitPledge(orgs.member!, users.member!, {
      pillarId: elsewhere,
      kind: "other",
      title: "Otra",
      description: "—",
      lang: "es",
      metric: "n",
      unit: "n",
      baselineYear: 2020,
      baselineValue: 0,
      targetYear: 2030,
      targetValue: 10,
      scopes: [],
      disclosesAllScopesYearly: false,
      startsOn: "2021-01-01",
      endsOn: null,
    });
    moderatePledge(pledge, "publish", null, staffId);
    moderatePledge(offPillar, "publish", null, staffId);
    reportProgress(orgs.member!, pledge, { year: 2025, value: 75, narrative: "Mitad", evidenceUrl: null, scopeValues: null });
    const shown = getPublicWorkingGroup(group.slug)!;
    expect(shown.pledges.map((p) => p.id)).toEqual([pledge]);
    expect(shown.pledgeRollup).toMatchObject({ count: 1, share: 0.5 });
    // The list of groups counts and totals in SQL what the group's page reads row by row: the same figures.
    const listed = listPublishedWorkingGroups().find((g) => g.id === group.id)!;
    expect(listed.pledgeRollup).toEqual(shown.pledgeRollup);
    expect(listed.completion).toEqual(shown.completion);
    expect(listed.memberCount).toBe(shown.members.length);
    expect(listed.coLeads).toEqual(shown.members.filter((m) => m.role === "co-lead").map((m) => m.organisation.name));
    expect(listed.coLeads).toEqual(["Org lead"]);
    // A pledge beyond its target counts as closed, not more, in both.
    db().update(pledges).set({ progress: 1.4, progressStatus: "achieved" }).where(eq(pledges.id, pledge)).run();
    expect(getPublicWorkingGroup(group.slug)!.pledgeRollup).toMatchObject({ count: 1, share: 1 });
    expect(listPublishedWorkingGroups().find((g) => g.id === group.id)!.pledgeRollup).toMatchObject({ count: 1, share: 1, byStatus: { achieved: 1 } });
  });
});
