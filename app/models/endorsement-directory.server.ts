import { and, eq, inArray } from "drizzle-orm";
import { endorsements, focalPointEndorsementDecisions } from "../../db/schema";
import { countryCodes, regionOf, unCountryName, type ItuRegion } from "~/utils/countries";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { isLang, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { inListOrder, type EndorserCategory } from "./endorsement-types";

// The public directory of endorsers: approved ones only, with public fields only.

/** The public face of an endorsement: no email, no representative, no letter. */
export type PublicEndorser = {
  id: number;
  name: string;
  category: EndorserCategory;
  country: string;
  region: string;
  statement: string | null;
  /** The language of the form the statement was written in: the statement is marked up in it. */
  statementLang: Lang | null;
  /** Verified by an official letter or note verbale the secretariat opened. */
  verified: boolean;
  /** Confirmed by the Member State's focal point (or endorsed by them), as the Member State's page says. */
  verifiedByFocalPoint: boolean;
  approvedAt: number;
};

export type EndorserFilter = { category?: EndorserCategory; country?: string; region?: ItuRegion };

const publicColumns = {
  id: endorsements.id,
  category: endorsements.category,
  organisation: endorsements.organisation,
  displayName: endorsements.displayName,
  country: endorsements.country,
  statement: endorsements.statement,
  lang: endorsements.lang,
  letterFile: endorsements.letterFile,
  approvedAt: endorsements.approvedAt,
};

function approvedOf(declarationId: number, filter: EndorserFilter = {}) {
  return and(
    eq(endorsements.declarationId, declarationId),
    eq(endorsements.status, "approved"),
    filter.category ? eq(endorsements.category, filter.category) : undefined,
    filter.country ? eq(endorsements.country, filter.country) : undefined,
    filter.region
      ? inArray(
          endorsements.country,
          countryCodes.filter((c) => regionOf(c) === filter.region),
        )
      : undefined,
  );
}

/** Every approved endorser with public fields only, for the open-data exports. */
export function publicEndorsers(declarationId: number, lang: Lang, filter: EndorserFilter = {}): PublicEndorser[] {
  const rows = db().select(publicColumns).from(endorsements).where(approvedOf(declarationId, filter)).all();
  // The few confirmed ones, rather than every approved endorsement's id bound into the query (5,000 on the bench database).
  return rows.map(toPublicEndorser(lang, allConfirmedByFocalPoint())).sort(inListOrder(lang));
}

/**
 * Every approved endorser of a declaration in the order of UN lists in one language, kept until the
 * next write: a government's shown name depends on the language ("Government of …"), so the order
 * is not SQL's, and putting 5,000 names in order cost 48 ms a page (decision 016). Pages filter it.
 */
/** Every endorsement a focal point confirmed: a few hundred at most (one a country and declaration), read at once. */
function allConfirmedByFocalPoint(): Set<number> {
  const rows = db()
    .select({ id: focalPointEndorsementDecisions.endorsementId })
    .from(focalPointEndorsementDecisions)
    .where(eq(focalPointEndorsementDecisions.decision, "confirmed"))
    .all();
  return new Set(rows.map((r) => r.id));
}

function orderedEndorsers(declarationId: number, lang: Lang): PublicEndorser[] {
  return memoThroughRegistrations(`endorsers:${declarationId}:${lang}`, () => publicEndorsers(declarationId, lang));
}

const matches = (filter: EndorserFilter) => (e: PublicEndorser) =>
  (!filter.category || e.category === filter.category) && (!filter.country || e.country === filter.country) && (!filter.region || e.region === filter.region);

/** One page of the public list: the filtered rows for that page, the counts per category and the countries for the filter. */
export function endorserPage(declarationId: number, lang: Lang, filter: EndorserFilter, page: number, perPage: number) {
  const all = orderedEndorsers(declarationId, lang);
  const shownRows = filter.category || filter.country || filter.region ? all.filter(matches(filter)) : all;
  const byCategory = new Map<EndorserCategory, number>();
  for (const e of shownRows) byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
  const countries = [...new Set(all.map((e) => e.country))];
  const rows = shownRows.slice((page - 1) * perPage, page * perPage);
  return { total: all.length, shown: shownRows.length, byCategory, countries, rows, pages: Math.max(1, Math.ceil(shownRows.length / perPage)) };
}

function toPublicEndorser(lang: Lang, byFocalPoint: Set<number>) {
  const t = getT(lang);
  return (e: {
    id: number;
    category: EndorserCategory;
    organisation: string;
    displayName: string | null;
    country: string;
    statement: string | null;
    lang: string;
    letterFile: string | null;
    approvedAt: number | null;
  }): PublicEndorser => ({
    id: e.id,
    // A government is shown as the government of its country, whatever the form said.
    name: e.displayName || (e.category === "government" ? t("endorsers.governmentOf", { country: unCountryName(lang, e.country) }) : e.organisation),
    category: e.category,
    country: e.country,
    region: regionOf(e.country) ?? "other",
    statement: e.statement,
    statementLang: e.statement && isLang(e.lang) ? e.lang : null,
    verified: e.letterFile !== null,
    verifiedByFocalPoint: byFocalPoint.has(e.id),
    approvedAt: e.approvedAt ?? 0,
  });
}
