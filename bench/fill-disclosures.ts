/**
 * The emissions database at benchmark size: 2,000 disclosing organisations, each with six
 * published years (2019–2024) of all-scope figures, one year in ten restated.
 */
import type Database from "better-sqlite3";

export const DISCLOSING_ORGANISATIONS = 2_000;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const COUNTRIES = ["FR", "ES", "MA", "EG", "CN", "RU", "BR", "IN", "KE", "SN", "JP", "DE", "MX", "AR", "ZA", "NG", "TH", "VN", "PE", "CH"];
const TYPES = ["private-sector", "sector-member", "member-state", "academia", "un-igo", "civil-society"];
const SUB_SECTORS = ["user-devices", "mobile-networks", "fixed-networks", "data-centres", "enterprise-networks", "ict-services"];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

/** Call inside the caller's transaction. Returns the number of disclosure rows written. */
export function fillDisclosures(sqlite: Database.Database, now = Date.now(), count = DISCLOSING_ORGANISATIONS) {
  const organisation = sqlite.prepare(
    "insert into organisations (name, type, country, status, lang, created_at, decided_at) values (?, ?, ?, 'accepted', 'en', ?, ?)",
  );
  const disclosure =
    sqlite.prepare(`insert into disclosures (organisation_id, year, status, boundary, methodology, scope1, scope2_location, scope2_market, scope3,
    scope3_categories, total, all_scopes, energy_mwh, renewable_share, sub_sectors, assurance, assurer, report_url, restates, restatement_reason,
    created_at, updated_at, published_at, superseded_at) values (?, ?, ?, 'operational-control', 'itu-l1450', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let rows = 0;
  for (let i = 0; i < count; i++) {
    const org = Number(organisation.run(`Disclosing organisation ${i}`, pick(TYPES, i), pick(COUNTRIES, i), now, now).lastInsertRowid);
    const base = 1_000 + (i % 97) * 250;
    const slope = 0.02 + (i % 9) * 0.01;
    for (const [k, year] of YEARS.entries()) {
      const total = Math.round(base * (1 - slope * k));
      const [s1, s2, s3] = [Math.round(total * 0.1), Math.round(total * 0.2), 0];
      const scope3 = total - s1 - s2 + s3;
      const categories = JSON.stringify({ "1": Math.round(scope3 * 0.6), "2": "not-relevant", "11": Math.round(scope3 * 0.3) });
      const sectors = JSON.stringify([pick(SUB_SECTORS, i), pick(SUB_SECTORS, i + k + 1)].filter((s, j, all) => all.indexOf(s) === j));
      const assurance = pick(["none", "limited", "reasonable"], i + k);
      const values = [
        s1,
        s2 * 1.1,
        s2,
        scope3,
        categories,
        total,
        total * 3,
        0.3,
        sectors,
        assurance,
        assurance === "none" ? null : "Assurance Co.",
        "https://example.org/report.pdf",
      ];
      if (k === 3 && i % 10 === 0) {
        // The first version, superseded by a restatement.
        const old = disclosure.run(
          org,
          year,
          "superseded",
          ...values.slice(0, 5),
          total * 0.9,
          ...values.slice(6),
          null,
          null,
          now,
          now,
          now - 86_400_000,
          now,
        );
        disclosure.run(org, year, "published", ...values, Number(old.lastInsertRowid), "Scope 3 recalculated.", now, now, now, null);
        rows += 2;
      } else {
        disclosure.run(org, year, "published", ...values, null, null, now, now, now, null);
        rows += 1;
      }
    }
  }
  return rows;
}
