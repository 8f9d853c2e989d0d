/**
 * The ICT sector's 1.5 °C course (Recommendation ITU-T L.1470, draft Council resolution): 45 % less
 * than the base year by 2030 and zero by 2050, drawn as two straight lines. Pure functions: the
 * organisation page, the front page and the pledge check share one definition.
 */
export const PATH_2030 = 0.55;
export const MILESTONE_YEAR = 2030;
export const NET_ZERO_YEAR = 2050;
export const SECTOR_BASE_YEAR = 2020;
export const EARLIEST_BASE_YEAR = 2019;
/** Within this share of the path value, an organisation is said to be on it. */
export const ON_PATH_TOLERANCE = 0.01;

export type YearFigure = { year: number; total: number };

/** The base year: 2020 when reported, else the earliest reported year from 2019 on; null without one. */
export function chooseBaseYear(years: number[]): number | null {
  if (years.includes(SECTOR_BASE_YEAR)) return SECTOR_BASE_YEAR;
  const eligible = years.filter((y) => y >= EARLIEST_BASE_YEAR).sort((a, b) => a - b);
  return eligible[0] ?? null;
}

/**
 * The share of base-year emissions the path allows in `year`: 1 at the base year, 0.55 in 2030,
 * 0 from 2050. A base year after 2030 heads straight for zero in 2050.
 */
export function pathFactor(baseYear: number, year: number): number {
  if (year <= baseYear) return 1;
  if (year >= NET_ZERO_YEAR) return 0;
  if (baseYear < MILESTONE_YEAR && year <= MILESTONE_YEAR) {
    return 1 - ((1 - PATH_2030) * (year - baseYear)) / (MILESTONE_YEAR - baseYear);
  }
  const [fromYear, fromFactor] = baseYear < MILESTONE_YEAR ? [MILESTONE_YEAR, PATH_2030] : [baseYear, 1];
  return fromFactor * (1 - (year - fromYear) / (NET_ZERO_YEAR - fromYear));
}

export type PathPosition = {
  kind: "on" | "above" | "below";
  year: number;
  baseYear: number;
  pathValue: number;
  actual: number;
  difference: number;
  share: number;
};

/** Where the latest reported year stands against the path from the base year; null without a base or a later year. */
export function positionOnPath(series: YearFigure[]): PathPosition | null {
  const baseYear = chooseBaseYear(series.map((s) => s.year));
  if (baseYear === null) return null;
  const base = series.find((s) => s.year === baseYear)!;
  const latest = [...series].sort((a, b) => b.year - a.year)[0]!;
  if (latest.year <= baseYear) return null;
  const pathValue = base.total * pathFactor(baseYear, latest.year);
  const difference = latest.total - pathValue;
  const share = pathValue > 0 ? difference / pathValue : difference > 0 ? Infinity : 0;
  const kind = Math.abs(difference) <= ON_PATH_TOLERANCE * pathValue ? "on" : difference > 0 ? "above" : "below";
  return { kind, year: latest.year, baseYear, pathValue, actual: latest.total, difference: Math.abs(difference), share: Math.abs(share) };
}

/**
 * Whether a reduction target is at least as steep as the path: the target's share of its baseline
 * is no more than the path allows in the target year, counted from the pledge's baseline year.
 */
export function isTargetAsSteepAsPath(p: { baselineYear: number; baselineValue: number; targetYear: number; targetValue: number }): boolean {
  if (p.baselineValue <= 0) return false;
  return p.targetValue / p.baselineValue <= pathFactor(p.baselineYear, p.targetYear) + 1e-9;
}

/**
 * The disclosing organisations together, each indexed to its own base year: for every year, the
 * sum of their emissions over the sum of their base-year emissions (only organisations with a
 * figure that year count, so one that stopped reporting neither helps nor hurts).
 */
export function indexedSum(organisations: YearFigure[][]): { year: number; index: number; path: number; organisations: number }[] {
  const byYear = new Map<number, { sum: number; base: number; n: number }>();
  for (const series of organisations) {
    const baseYear = chooseBaseYear(series.map((s) => s.year));
    if (baseYear === null) continue;
    const base = series.find((s) => s.year === baseYear)!.total;
    if (base <= 0) continue;
    for (const s of series) {
      if (s.year < baseYear) continue;
      const acc = byYear.get(s.year) ?? { sum: 0, base: 0, n: 0 };
      byYear.set(s.year, { sum: acc.sum + s.total, base: acc.base + base, n: acc.n + 1 });
    }
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, a]) => ({ year, index: a.sum / a.base, path: pathFactor(SECTOR_BASE_YEAR, year), organisations: a.n }));
}

type Versioned = { id: number; year: number; status: string; publishedAt: number | null };

/** The figure that counts for each year: the published one; superseded restated versions are history. */
export function currentByYear<T extends Versioned>(rows: T[]): T[] {
  const out = new Map<number, T>();
  for (const r of rows) {
    if (r.status !== "published") continue;
    const seen = out.get(r.year);
    if (!seen || (r.publishedAt ?? 0) > (seen.publishedAt ?? 0) || ((r.publishedAt ?? 0) === (seen.publishedAt ?? 0) && r.id > seen.id)) out.set(r.year, r);
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}

/** Scope 1 + scope 2 (market-based when given, else location-based) + scope 3, as the GHG Protocol totals. */
export function disclosureTotal(d: { scope1: number; scope2Location: number; scope2Market: number | null; scope3: number }) {
  return d.scope1 + (d.scope2Market ?? d.scope2Location) + d.scope3;
}
