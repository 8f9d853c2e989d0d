import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { disclosures, organisations, pledges } from "../../db/schema";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import type { Assurance, IctSubSector } from "./disclosure-types";
import { EARLIEST_BASE_YEAR, SECTOR_BASE_YEAR } from "./pathway";
import { publishedPledgesOf } from "./pledge-directory.server";
import type { organisationTypes } from "./registration-types";

export type EmissionsFilter = {
  subSector?: IctSubSector;
  country?: string;
  type?: (typeof organisationTypes)[number];
  year?: number;
  assurance?: Assurance;
  /** Only the State's own stakeholders: an international organisation seated there is left out (a Member State's page). */
  national?: boolean;
};

const published = eq(disclosures.status, "published");

/**
 * A State's own stakeholders: an international organisation (ITU itself, a UN agency) has its seat
 * in a country without being one of that State's, so a Member State's page leaves it out.
 */
export const nationalStakeholder = () => ne(organisations.type, "un-igo");

function filterWhere(f: EmissionsFilter) {
  return and(
    published,
    f.subSector ? sql`exists (select 1 from json_each(${disclosures.subSectors}) where value = ${f.subSector})` : undefined,
    f.country ? eq(organisations.country, f.country) : undefined,
    f.type ? eq(organisations.type, f.type) : undefined,
    f.national ? nationalStakeholder() : undefined,
    f.year ? eq(disclosures.year, f.year) : undefined,
    f.assurance ? eq(disclosures.assurance, f.assurance) : undefined,
  );
}

/**
 * One page of disclosing organisations, in the order they joined, each with its latest published
 * year that matches the filter; filtered, grouped, counted and paged in SQL, walking the
 * (status, organisation, year) index. (SQLite gives the bare columns of the row holding max(year).)
 */
export function emissionsDirectoryPage(f: EmissionsFilter, page: number, perPage: number) {
  const where = filterWhere(f);
  // The count walks every published year of every organisation (0.6 ms on the bench database), and
  // is the same for each page and language of a filter: kept until the next write, as the totals below.
  const total = memoThroughRegistrations(
    `emissions-count:${JSON.stringify(f)}`,
    () =>
      db()
        .select({ n: sql<number>`count(distinct ${disclosures.organisationId})` })
        .from(disclosures)
        .innerJoin(organisations, eq(organisations.id, disclosures.organisationId))
        .where(where)
        .get()?.n ?? 0,
  );
  const rows = db()
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      country: organisations.country,
      year: sql<number>`max(${disclosures.year})`,
      total: disclosures.total,
      allScopes: disclosures.allScopes,
      assurance: disclosures.assurance,
    })
    .from(disclosures)
    .innerJoin(organisations, eq(organisations.id, disclosures.organisationId))
    .where(where)
    .groupBy(disclosures.organisationId)
    .orderBy(asc(disclosures.organisationId))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  return { total, rows };
}

// The aggregates below are the same for every language and every filter of the directory's pages,
// each of which is kept as a page of its own: after a write, the first page rendered computes them
// and the others reuse them until the next write (memoUntilWrite; decision 016).

/** Sums per scope and year over the published figures that match the filter, and how many organisations disclosed all three scopes. */
export function emissionsTotalsByYear(f: EmissionsFilter) {
  return memoThroughRegistrations(`emissions-totals:${JSON.stringify(f)}`, () => totalsByYear(f));
}
function totalsByYear(f: EmissionsFilter) {
  return db()
    .select({
      year: disclosures.year,
      // Null where no organisation of that year reported the scope: shown as not reported, never as 0.
      scope1: sql<number | null>`sum(${disclosures.scope1})`,
      scope2: sql<number | null>`sum(coalesce(${disclosures.scope2Market}, ${disclosures.scope2Location}))`,
      scope3: sql<number | null>`sum(${disclosures.scope3})`,
      total: sql<number>`sum(${disclosures.total})`,
      organisations: sql<number>`count(*)`,
      allScopes: sql<number>`sum(${disclosures.allScopes})`,
    })
    .from(disclosures)
    .innerJoin(organisations, eq(organisations.id, disclosures.organisationId))
    .where(filterWhere(f))
    .groupBy(disclosures.year)
    .orderBy(desc(disclosures.year))
    .all();
}

/** Countries and years present among published disclosures, for the filters. */
export function emissionsFilterChoices() {
  return memoThroughRegistrations("emissions-filter-choices", filterChoices);
}
function filterChoices() {
  const countries = db()
    .selectDistinct({ country: organisations.country })
    .from(organisations)
    .where(inArray(organisations.id, db().select({ id: disclosures.organisationId }).from(disclosures).where(published)))
    .all()
    .map((r) => r.country);
  const years = db()
    .selectDistinct({ year: disclosures.year })
    .from(disclosures)
    .where(published)
    .orderBy(desc(disclosures.year))
    .all()
    .map((r) => r.year);
  return { countries, years };
}

/**
 * indexedSum() of pathway.ts computed in SQL, so the front page does not read every published row:
 * each organisation's base year (2020, else its earliest from 2019 on), then per year the sum of
 * the figures over the sum of the base-year figures of the organisations reporting that year.
 * A unit test keeps the two in agreement. (CROSS JOIN keeps SQLite's join order: the few base
 * rows outside, each organisation's years found through the (organisation, year) index.)
 */
export function sectorIndexRows() {
  return memoThroughRegistrations("sector-index", indexRows);
}
function indexRows() {
  return db().all<{ year: number; sum: number; base: number; organisations: number }>(sql`
    with base as materialized (
      select organisation_id, coalesce(max(case when year = ${SECTOR_BASE_YEAR} then year end), min(case when year >= ${EARLIEST_BASE_YEAR} then year end)) as base_year
      from disclosures where status = 'published' group by organisation_id
    ), base_total as materialized (
      select b.organisation_id, b.base_year, d.total from base b
      cross join disclosures d on d.organisation_id = b.organisation_id and d.year = b.base_year and d.status = 'published'
      where b.base_year is not null and d.total > 0
    )
    select d.year as year, sum(d.total) as sum, sum(bt.total) as base, count(*) as organisations
    from base_total bt cross join disclosures d on d.organisation_id = bt.organisation_id
    where d.status = 'published' and d.year >= bt.base_year
    group by d.year order by d.year`);
}

/** Every published yearly total, per organisation: the input of the sector-wide index. */
export function publishedSeries() {
  const rows = db()
    .select({ organisationId: disclosures.organisationId, year: disclosures.year, total: disclosures.total })
    .from(disclosures)
    .where(published)
    .all();
  const byOrg = new Map<number, { year: number; total: number }[]>();
  for (const { organisationId, ...r } of rows) byOrg.set(organisationId, [...(byOrg.get(organisationId) ?? []), r]);
  return [...byOrg.values()];
}

/** An organisation's public record: its published and superseded figures and its published pledges; null when it has none. */
export function organisationEmissions(organisationId: number) {
  const org = db()
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, country: organisations.country, website: organisations.website })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!org) return null;
  const rows = db()
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.organisationId, organisationId), inArray(disclosures.status, ["published", "superseded"])))
    .orderBy(asc(disclosures.year), asc(disclosures.id))
    .all();
  if (!rows.some((r) => r.status === "published")) return null;
  return { org, rows, pledges: publishedPledgesOf([organisationId]) };
}

/** Open data: one row per organisation and published year; organisations only, never a person. */
export function emissionsOpenRows() {
  return db()
    .select({
      disclosure: disclosures,
      organisation: { id: organisations.id, name: organisations.name, type: organisations.type, country: organisations.country },
    })
    .from(disclosures)
    .innerJoin(organisations, eq(organisations.id, disclosures.organisationId))
    .where(published)
    .orderBy(asc(organisations.id), asc(disclosures.year))
    .all();
}

/**
 * Organisations that promised, on a published pledge, to disclose all scopes every year and have
 * no published disclosure for last year.
 */
export function lateDisclosers(currentYear = new Date().getUTCFullYear()) {
  return memoThroughRegistrations(`late-disclosers:${currentYear}`, () => disclosersLate(currentYear));
}
function disclosersLate(currentYear: number) {
  const lastYear = currentYear - 1;
  return db()
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(pledges)
    .innerJoin(organisations, eq(organisations.id, pledges.organisationId))
    .where(
      and(
        eq(pledges.status, "published"),
        eq(pledges.disclosesAllScopesYearly, true),
        sql`not exists (select 1 from ${disclosures} where ${disclosures.organisationId} = ${pledges.organisationId} and ${disclosures.year} = ${lastYear} and ${disclosures.status} in ('published', 'superseded'))`,
      ),
    )
    .orderBy(asc(organisations.name))
    .all();
}
