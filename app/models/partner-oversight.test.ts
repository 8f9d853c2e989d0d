import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, organisations, outbox, pillars } from "../../db/schema";
import { seedContent } from "../../db/seed/index";
import { acceptedPartners } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { correctOrganisationFacts, decideRename, pendingRenames, reinstateOrganisation, suspendOrganisation } from "./partner-oversight.server";
import { partnerForSession, redeemSignInLink, sendSignInLink, updateOrganisationProfile } from "./partners.server";
import { moderatePledge, submitPledge } from "./pledges.server";
import { publishedPledges } from "./pledge-directory.server";
import { createStaffUser } from "./staff.server";

let staffId = 0;
let orgId = 0;
let userId = 0;
let pillarId = 0;
const orgName = () => db().select().from(organisations).where(eq(organisations.id, orgId)).get()!.name;
const signIn = () => {
  sendSignInLink("chef@op.example", "fr");
  const text = db().select().from(outbox).where(eq(outbox.toAddress, "chef@op.example")).all().at(-1)!.text;
  const r = redeemSignInLink(text.match(/partners\/sign-in\/([\w-]{43})/)![1]!);
  return r.ok ? r.session : "";
};

beforeAll(async () => {
  seedContent({ examples: false });
  pillarId = db().select().from(pillars).where(eq(pillars.slug, "ict-emissions")).get()!.id;
  staffId = (await createStaffUser({ email: "sec@itu.int", name: "Sec", role: "admin", password: "secretariat password" })).id;
  ({ orgId, userId } = acceptedPartners(staffId, [{ organisation: "Opérateur Vert", email: "chef@op.example", name: "Chef" }])["chef@op.example"]!);
});

describe("the secretariat oversees partner organisations", () => {
  it("corrects an accepted organisation's type and country, which its partner cannot, and records who did", () => {
    expect(correctOrganisationFacts(orgId, { type: "academia", country: "SN" }, staffId)).toBe(true);
    expect(db().select().from(organisations).where(eq(organisations.id, orgId)).get()).toMatchObject({ type: "academia", country: "SN" });
    expect(
      db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(orgId)))
        .all()
        .at(-1),
    ).toMatchObject({ action: "updated", staffUserId: staffId });
    // An organisation the secretariat has not accepted is not corrected (it is decided on as asked).
    expect(correctOrganisationFacts(999_999, { type: "academia", country: "SN" }, staffId)).toBe(false);
  });

  it("keeps the accepted name in public until the secretariat accepts a rename", () => {
    expect(updateOrganisationProfile(orgId, { name: "ITU Official Partner", website: null })).toEqual({
      saved: true,
      renamePending: true,
    });
    expect(orgName()).toBe("Opérateur Vert");
    expect(pendingRenames()).toEqual([expect.objectContaining({ id: orgId, name: "Opérateur Vert", proposedName: "ITU Official Partner" })]);
    expect(decideRename(orgId, false, staffId)).toBe(true);
    expect(orgName()).toBe("Opérateur Vert");
    updateOrganisationProfile(orgId, { name: "Opérateur Vert SA", website: null });
    expect(decideRename(orgId, true, staffId)).toBe(true);
    expect(orgName()).toBe("Opérateur Vert SA");
    expect(pendingRenames()).toEqual([]);
    // The website is the organisation's own: saved at once, no review.
    expect(updateOrganisationProfile(orgId, { name: "Opérateur Vert SA", website: "https://vert.example" })).toEqual({
      saved: true,
      renamePending: false,
    });
  });

  it("suspends an organisation: sessions end, sign-in stops, published pledges leave public pages; reinstating restores them", () => {
    const pledge = submitPledge(orgId, userId, {
      pillarId,
      kind: "emissions-reduction",
      title: "Cut emissions",
      description: "D",
      lang: "fr",
      metric: "tCO2e",
      unit: "t",
      baselineYear: 2020,
      baselineValue: 1000,
      targetYear: 2030,
      targetValue: 500,
      scopes: [],
      disclosesAllScopesYearly: false,
      startsOn: "2024-01-01",
      endsOn: null,
    });
    moderatePledge(pledge, "publish", null, staffId);
    const session = signIn();
    expect(partnerForSession(session)).not.toBeNull();
    expect(publishedPledges({ id: pledge })).toHaveLength(1);

    expect(suspendOrganisation(orgId, staffId)).toBe(true);
    expect(partnerForSession(session)).toBeNull();
    expect(sendSignInLink("chef@op.example", "fr")).toBe(false);
    expect(publishedPledges({ id: pledge })).toHaveLength(0);
    expect(suspendOrganisation(orgId, staffId)).toBe(false);

    expect(reinstateOrganisation(orgId, staffId)).toBe(true);
    expect(publishedPledges({ id: pledge })).toHaveLength(1);
    expect(partnerForSession(session)).toBeNull();
  });
});
