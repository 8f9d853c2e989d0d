import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { declarations, endorsements, events, organisations, registrations, workingGroupMembers, workingGroups } from "../../db/schema";
import { memoThroughRegistrations, memoUntilWrite } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { countryCodes, regionOf, statusOf } from "~/utils/countries";
import { publishedDeclarationRefs } from "./declarations.server";
import { publishedPledgesOf } from "./pledge-directory.server";
import { emissionsDirectoryPage, nationalStakeholder } from "./disclosure-directory.server";
import { confirmedByFocalPoint } from "./focal-point-endorsements.server";
import { mapStatusOf, publicCount, verificationOf, type MapStatus, type PublicCount, type VerificationMethod } from "./member-states";

/** ITU's Member States (the Holy See included, the observer not): the countries these pages are about. */
export const memberStateCodes = countryCodes.filter((c) => statusOf(c) === "member");
export const isMemberState = (code: string) => statusOf(code) === "member";
const regionOfMember = (code: string) => regionOf(code) ?? "";

export type DeclarationRef = {
  id: number;
  slug: string;
  title: Record<string, string | null | undefined>;
  open: boolean;
};

/**
 * Published declarations, the ones open for endorsement first (the map's selector offers those;
 * when none is open it falls back to the latest, so the map is never empty of meaning).
 */
export function declarationsForMap(now = Date.now()): DeclarationRef[] {
  const rows = publishedDeclarationRefs(now);
  const open = rows.filter((d) => d.open);
  return open.length > 0 ? open : rows.slice(0, 1);
}

export type GovernmentEndorsement = {
  declarationId: number;
  status: MapStatus;
  approvedAt: number | null;
  verifiedBy: VerificationMethod | null;
};

/**
 * Each Member State's government endorsement of the given declarations, in one query. The same for
 * the Member States' list, map and pages in every language until the next write: kept so long
 * (memoUntilWrite, decision 016). Callers read it and never change it.
 */
export function governmentEndorsements(declarationIds: number[]): ReadonlyMap<string, GovernmentEndorsement[]> {
  if (declarationIds.length === 0) return new Map();
  return memoThroughRegistrations(`government-endorsements:${declarationIds.join(",")}`, () => readGovernmentEndorsements(declarationIds));
}

function readGovernmentEndorsements(declarationIds: number[]): Map<string, GovernmentEndorsement[]> {
  const rows = db()
    .select({
      id: endorsements.id,
      country: endorsements.country,
      declarationId: endorsements.declarationId,
      status: endorsements.status,
      approvedAt: endorsements.approvedAt,
      letterFile: endorsements.letterFile,
    })
    .from(endorsements)
    .where(and(inArray(endorsements.declarationId, declarationIds), eq(endorsements.category, "government"), eq(endorsements.status, "approved")))
    .orderBy(asc(endorsements.approvedAt))
    .all();
  const byFocalPoint = confirmedByFocalPoint(rows.map((r) => r.id));
  // Grouped once by country and declaration, in approval order, rather than filtered for each of 193 States.
  const grouped = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.country}|${r.declarationId}`;
    const list = grouped.get(key);
    if (list) list.push(r);
    else grouped.set(key, [r]);
  }
  const out = new Map<string, GovernmentEndorsement[]>();
  for (const code of memberStateCodes) {
    out.set(
      code,
      declarationIds.map((declarationId) => {
        const mine = grouped.get(`${code}|${declarationId}`) ?? [];
        const first = mine[0];
        return {
          declarationId,
          status: mapStatusOf(mine.map((r) => r.status)),
          approvedAt: first?.approvedAt ?? null,
          verifiedBy: first
            ? verificationOf({
                letterFile: first.letterFile,
                confirmedByFocalPoint: byFocalPoint.has(first.id),
              })
            : null,
        };
      }),
    );
  }
  return out;
}

export type MemberStateProfile = {
  code: string;
  endorsements: (GovernmentEndorsement & {
    slug: string;
    title: DeclarationRef["title"];
  })[];
  partners: {
    id: number;
    name: string;
    type: string;
    pledges: { id: number; title: string; lang: string }[];
    workingGroups: { slug: string; name: DeclarationRef["title"] }[];
  }[];
  /** Organisations based there with a published emissions disclosure: the latest year of each, a first page of them. */
  disclosures: { total: number; rows: ReturnType<typeof emissionsDirectoryPage>["rows"] };
};

/** The people of a Member State at each published event, counted, never named (memberStateParticipation). */
export type MemberStateParticipation = {
  slug: string;
  title: DeclarationRef["title"];
  startsAt: number;
  timeZone: string;
  people: PublicCount;
}[];

/** The country page lists this many disclosing organisations and links to the emissions database for the rest. */
export const DISCLOSURES_SHOWN = 20;

/**
 * What a Member State's page shows but its people at events, the same in every language until the
 * next write but a registration's: kept so long, one per State (memoThroughRegistrations, decision
 * 016). Callers read it and never change it.
 */
export function memberStateProfile(code: string): MemberStateProfile | null {
  if (!isMemberState(code)) return null;
  return memoThroughRegistrations(`member-state:${code}`, () => readMemberStateProfile(code));
}

/**
 * People are counted, never named: confirmed registrations from this country, per published event,
 * kept until the next write, registrations included (one indexed query, 0.4 ms on the bench database).
 */
export function memberStateParticipation(code: string): MemberStateParticipation {
  return memoUntilWrite(`member-state-participation:${code}`, () =>
    db()
      .select({
        slug: events.slug,
        title: events.title,
        startsAt: events.startsAt,
        timeZone: events.timeZone,
        n: sql<number>`count(*)`,
      })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .where(and(eq(registrations.country, code), eq(registrations.status, "confirmed"), eq(events.status, "published")))
      .groupBy(events.id)
      .orderBy(desc(events.startsAt))
      .all()
      .map(({ n, ...e }) => ({ ...e, people: publicCount(n) })),
  );
}

function readMemberStateProfile(code: string): MemberStateProfile {
  const decls = publishedDeclarationRefs();
  const byDecl = governmentEndorsements(decls.map((d) => d.id)).get(code) ?? [];
  const partnerRows = db()
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
    })
    .from(organisations)
    .where(and(eq(organisations.country, code), eq(organisations.status, "accepted"), nationalStakeholder()))
    .orderBy(asc(organisations.name))
    .all();
  const ids = partnerRows.map((p) => p.id);
  const pledgeRows = publishedPledgesOf(ids);
  const groupRows = ids.length
    ? db()
        .select({
          organisationId: workingGroupMembers.organisationId,
          slug: workingGroups.slug,
          name: workingGroups.name,
        })
        .from(workingGroupMembers)
        .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.workingGroupId))
        .where(and(inArray(workingGroupMembers.organisationId, ids), eq(workingGroupMembers.status, "accepted"), eq(workingGroups.published, true)))
        .all()
    : [];
  return {
    code,
    endorsements: byDecl.map((e) => {
      const d = decls.find((x) => x.id === e.declarationId)!;
      return { ...e, slug: d.slug, title: d.title };
    }),
    partners: partnerRows.map((p) => ({
      ...p,
      pledges: pledgeRows.filter((x) => x.organisationId === p.id).map(({ id, title, lang }) => ({ id, title, lang })),
      workingGroups: groupRows.filter((g) => g.organisationId === p.id).map(({ slug, name }) => ({ slug, name })),
    })),
    disclosures: emissionsDirectoryPage({ country: code, national: true }, 1, DISCLOSURES_SHOWN),
  };
}

export type OpenDataRow = {
  iso2: string;
  region: string;
  declarations: {
    slug: string;
    status: MapStatus;
    verifiedBy: VerificationMethod | null;
    approvedOn: string | null;
  }[];
};

/** Open data: one row per Member State with its government's status for each published declaration; no person. */
export function memberStatesOpenData(): OpenDataRow[] {
  const decls = db()
    .select({ id: declarations.id, slug: declarations.slug })
    .from(declarations)
    .where(eq(declarations.status, "published"))
    .orderBy(asc(declarations.createdAt))
    .all();
  const statuses = governmentEndorsements(decls.map((d) => d.id));
  return memberStateCodes.map((code) => ({
    iso2: code,
    region: regionOfMember(code),
    declarations: (statuses.get(code) ?? []).map((e, i) => ({
      slug: decls[i]!.slug,
      status: e.status,
      verifiedBy: e.verifiedBy,
      approvedOn: e.approvedAt ? new Date(e.approvedAt).toISOString().slice(0, 10) : null,
    })),
  }));
}
