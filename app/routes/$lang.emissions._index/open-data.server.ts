import { emissionsOpenRows } from "~/models/disclosure-directory.server";
import { scope3Categories } from "~/models/disclosure-types";

/**
 * The open-data columns, stable and in this order; each is described on the database page
 * (common.json `emissions.openData.column.<name>`). Organisations only: never a person.
 */
export const OPEN_DATA_COLUMNS = [
  "organisation_id",
  "organisation",
  "organisation_type",
  "country",
  "year",
  "boundary",
  "methodology",
  "scope1_t",
  "scope2_location_t",
  "scope2_market_t",
  "scope3_t",
  ...scope3Categories.map((c) => `scope3_cat${c}_t`),
  "total_t",
  "all_scopes",
  "energy_mwh",
  "renewable_share",
  "ict_sub_sectors",
  "assurance",
  "assurer",
  "report_url",
  "source",
  "restated",
  "published_on",
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | boolean | null>;

/** One row per organisation and published year. A category without a figure says why: not_relevant or not_calculated. */
export function emissionsOpenData(): OpenDataRow[] {
  return emissionsOpenRows().map(({ disclosure: d, organisation: o }) => {
    const row: Record<string, string | number | boolean | null> = {
      organisation_id: o.id,
      organisation: o.name,
      organisation_type: o.type,
      country: o.country,
      year: d.year,
      boundary: d.boundary,
      methodology: d.methodology,
      scope1_t: d.scope1,
      scope2_location_t: d.scope2Location,
      scope2_market_t: d.scope2Market,
      scope3_t: d.scope3,
    };
    for (const c of scope3Categories) {
      const v = d.scope3Categories[c];
      row[`scope3_cat${c}_t`] = v === undefined ? null : typeof v === "number" ? v : v.replace("-", "_");
    }
    Object.assign(row, {
      total_t: d.total,
      all_scopes: d.allScopes,
      energy_mwh: d.energyMwh,
      renewable_share: d.renewableShare,
      ict_sub_sectors: d.subSectors.join(" "),
      assurance: d.assurance,
      assurer: d.assurer,
      report_url: d.reportUrl,
      source: d.source,
      restated: d.restates !== null,
      published_on: d.publishedAt ? new Date(d.publishedAt).toISOString().slice(0, 10) : null,
    });
    return row as OpenDataRow;
  });
}
