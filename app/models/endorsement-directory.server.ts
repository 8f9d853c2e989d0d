import { and, eq, inArray, sql } from "drizzle-orm";
import { endorsements } from "../../db/schema";
import { countryCodes, regionOf, unCountryName, type ItuRegion } from "~/utils/countries";
import { db } from "~/utils/db.server";
import type { Lang } from "~/utils/i18n";
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
  verified: boolean;
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
  return db().select(publicColumns).from(endorsements).where(approvedOf(declarationId, filter)).all().map(toPublicEndorser(lang)).sort(inListOrder(lang));
}

/**
 * One page of the public list: the filtered rows for that page, with the counts per category and
 * the countries for the filter computed by SQL, so the page costs the same with 50 or 50,000 endorsers.
 */
export function endorserPage(declarationId: number, lang: Lang, filter: EndorserFilter, page: number, perPage: number) {
  const where = approvedOf(declarationId, filter);
  const byCategory = db()
    .select({ category: endorsements.category, n: sql<number>`count(*)` })
    .from(endorsements)
    .where(where)
    .groupBy(endorsements.category)
    .all();
  const total =
    db()
      .select({ n: sql<number>`count(*)` })
      .from(endorsements)
      .where(approvedOf(declarationId))
      .get()?.n ?? 0;
  const countries = db()
    .selectDistinct({ country: endorsements.country })
    .from(endorsements)
    .where(approvedOf(declarationId))
    .all()
    .map((r) => r.country);
  // A government's shown name depends on the page's language ("Government of …"), so the list is put in
  // the order of UN lists here rather than by SQL; the page cache keeps each language's page.
  const rows = db()
    .select(publicColumns)
    .from(endorsements)
    .where(where)
    .all()
    .map(toPublicEndorser(lang))
    .sort(inListOrder(lang))
    .slice((page - 1) * perPage, page * perPage);
  const shown = byCategory.reduce((a, c) => a + c.n, 0);
  return { total, shown, byCategory: new Map(byCategory.map((c) => [c.category, c.n])), countries, rows, pages: Math.max(1, Math.ceil(shown / perPage)) };
}

function toPublicEndorser(lang: Lang) {
  const t = getT(lang);
  return (e: {
    id: number;
    category: EndorserCategory;
    organisation: string;
    displayName: string | null;
    country: string;
    statement: string | null;
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
    verified: e.letterFile !== null,
    approvedAt: e.approvedAt ?? 0,
  });
}
