import { eq } from "drizzle-orm";
import { declarations, endorsements, events, outbox, partnerUsers } from "../../db/schema";
import { decidePartnership, partnershipRequests } from "~/models/partners.server";
import { confirmPartnershipRequest, requestPartnership, type JoinRequest } from "~/models/partner-requests.server";
import { saveParticipationType, typesOfEvent } from "~/models/participation-types.server";
import type { DisclosureInput } from "~/models/disclosures.server";
import type { Lang } from "~/utils/i18n";
import type { PledgeInput } from "~/models/pledges.server";
import type { RegistrantDetails } from "~/models/registrations.server";
import { createStaffUser, type StaffRole } from "~/models/staff.server";
import { promoteFromWaitingList } from "~/models/waiting-list.server";
import { db, write } from "~/utils/db.server";

/**
 * Rows the model tests set up again and again, each with what every test needs and the rest
 * overridable. The clock is the caller's: `at` is the test's "now" (an event opens for registration
 * an hour before it and starts two days after it).
 */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`;

export function insertEvent(overrides: Partial<typeof events.$inferInsert> = {}, at = Date.now()) {
  return write((tx) =>
    tx
      .insert(events)
      .values({
        slug: unique("e"),
        kind: "webinar",
        title: { en: "W" },
        summary: { en: "S" },
        description: { en: "D" },
        startsAt: at + 48 * HOUR,
        endsAt: at + 49 * HOUR,
        timeZone: "UTC",
        format: "virtual",
        venue: { en: "Online" },
        organisers: ["ITU"],
        audience: { en: "All" },
        fee: { en: "Free" },
        registrationOpensAt: at - HOUR,
        status: "published",
        createdAt: at,
        updatedAt: at,
        ...overrides,
      })
      .returning()
      .get(),
  );
}

export function insertDeclaration(overrides: Partial<typeof declarations.$inferInsert> = {}, at = Date.now()) {
  return write((tx) =>
    tx
      .insert(declarations)
      .values({
        slug: unique("d"),
        title: { en: "Declaration" },
        summary: { en: "S" },
        body: { en: "B" },
        cop: "COP29",
        copPlace: { en: "Baku" },
        status: "published",
        endorsementOpensAt: at - HOUR,
        createdAt: at,
        updatedAt: at,
        ...overrides,
      })
      .returning()
      .get(),
  );
}

export const registrant = (overrides: Partial<RegistrantDetails> = {}): RegistrantDetails => ({
  firstName: "Amina",
  lastName: "Diallo",
  organisation: "ARTP",
  organisationType: "member-state",
  country: "SN",
  jobTitle: "Engineer",
  gender: null,
  accessibilityNeeds: null,
  ...overrides,
});

/** A secretariat account with a fresh address; its id. */
export async function newStaffId(role: StaffRole = "reviewer") {
  const user = await createStaffUser({ email: `${unique("staff")}@itu.int`, name: "Secretariat", role, password: "a long enough password" });
  return user.id;
}

/** A request to join, confirmed by the link its contact was emailed: before the secretariat. */
export function requestConfirmed(input: JoinRequest, lang: Lang, now = Date.now()) {
  const { token } = requestPartnership(input, lang, now);
  if (token) confirmPartnershipRequest(token, now);
}

/**
 * Partner organisations that asked to join (in French) and that the secretariat accepted; for each
 * contact address, its organisation's id and the contact's user id.
 */
export function acceptedPartners(staffId: number, partners: { organisation: string; email: string; country?: string; name?: string }[]) {
  for (const p of partners) {
    requestConfirmed(
      {
        organisation: p.organisation,
        type: "private-sector",
        country: p.country ?? "FR",
        website: null,
        motivation: null,
        name: p.name ?? "Contact",
        email: p.email,
      },
      "fr",
    );
  }
  for (const r of partnershipRequests("requested")) decidePartnership(r.org.id, "accepted", staffId);
  const users = db().select().from(partnerUsers).all();
  return Object.fromEntries(
    partners.map((p) => {
      const user = users.find((u) => u.email === p.email)!;
      return [p.email, { orgId: user.organisationId, userId: user.id }];
    }),
  );
}

/** The templates of the emails written to an address, oldest first. */
export const templatesTo = (to: string) =>
  db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .all()
    .map((m) => m.template);

/** The manage link's token, as the registrant reads it in the last email that asked them to prove their address. */
export function manageTokenFromOutbox(to: string) {
  const mail = db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .all()
    .filter((m) => m.template === "registration-verify")
    .at(-1)!;
  return /\/registrations\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

/** An invitation-only type of the event ("Speaker", five seats in the room), saved as staff save it. */
export function invitationOnlyType(eventId: number, staffUserId: number) {
  const input = {
    name: { en: "Speaker" },
    mode: "in-person" as const,
    capacity: 5,
    requiresApproval: false,
    opensAt: null,
    closesAt: null,
    invitationOnly: true,
  };
  if (saveParticipationType(eventId, null, input, staffUserId, promoteFromWaitingList) !== "saved") throw new Error("type not saved");
  return typesOfEvent(eventId).at(-1)!;
}

/** A year's emissions as the partner's form sends them: the three scopes and nothing optional, unless given. */
export const disclosureInput = (over: Partial<DisclosureInput> = {}): DisclosureInput => ({
  year: 2020,
  boundary: "operational-control",
  methodology: "itu-l1450",
  scope1: 10,
  scope2Location: 20,
  scope2Market: null,
  scope3: 30,
  scope3Categories: {},
  energyMwh: null,
  renewableShare: null,
  subSectors: [],
  assurance: "none",
  assurer: null,
  reportUrl: null,
  restatementReason: null,
  ...over,
});

/** A pledge as a partner's form sends it: 45 % of a 2020 baseline by 2030, in English unless told. */
export function pledgeInput(pillarId: number, over: Partial<PledgeInput> = {}): PledgeInput {
  return {
    pillarId,
    kind: "emissions-reduction",
    title: "Cut Scope 1+2+3 emissions by 45%",
    description: "Across all operations.",
    lang: "en",
    metric: "Scope 1+2+3 GHG emissions",
    unit: "tCO2e",
    baselineYear: 2020,
    baselineValue: 1000,
    targetYear: 2030,
    targetValue: 550,
    scopes: ["1", "2", "3"],
    disclosesAllScopesYearly: true,
    startsOn: "2023-12-01",
    endsOn: "2030-12-31",
    ...over,
  };
}

let endorsed = 0;
/** An endorsement written as the review leaves it (approved, unless told), without the emails on the way. */
export function endorsementOf(
  declarationId: number,
  over: { category?: (typeof endorsements.$inferInsert)["category"]; country: string; organisation: string; status?: "approved" | "pending" },
) {
  endorsed++;
  const status = over.status ?? "approved";
  write((tx) =>
    tx
      .insert(endorsements)
      .values({
        declarationId,
        category: over.category ?? "private-sector",
        organisation: over.organisation,
        organisationKey: `${over.organisation.toLowerCase()}-${endorsed}`,
        country: over.country,
        representativeName: "Private Person",
        representativeTitle: "Minister",
        email: `p${endorsed}@example.org`,
        lang: "en",
        status,
        manageTokenHash: `hash-${endorsed}-${Math.random()}`,
        approvedAt: status === "approved" ? Date.now() : null,
        createdAt: Date.now(),
      })
      .run(),
  );
}

/** An event changed as the secretariat's editor would leave it. */
export function updateEvent(id: number, set: Partial<typeof events.$inferInsert>) {
  write((tx) => tx.update(events).set(set).where(eq(events.id, id)).run());
}
