import { organisationEmissions } from "~/models/disclosure-directory.server";
import { closedYears } from "~/models/reporting-years.server";
import { chooseBaseYear, currentByYear, isTargetAsSteepAsPath, NET_ZERO_YEAR, pathFactor, positionOnPath } from "~/models/pathway";
import { scope3Categories } from "~/models/disclosure-types";
import { countryName } from "~/utils/country-options";
import { formatDate, formatNumber, formatPercent, joinSentences } from "~/utils/format";
import type { Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { organisationNameIn } from "~/utils/organisers.server";

type Row = NonNullable<ReturnType<typeof organisationEmissions>>["rows"][number];

/**
 * The public page of one disclosing organisation: figures formatted, the path and where it stands, words for every number drawn.
 * The same for every reader of a language until a write: kept until then (memoUntilWrite; decision 016, eleventh round).
 */
export function organisationView(lang: Lang, id: number) {
  return memoThroughRegistrations(`emissions-organisation:${lang}:${id}`, () => viewAnew(lang, id));
}

function viewAnew(lang: Lang, id: number) {
  const found = organisationEmissions(id);
  if (!found) return null;
  const t = getT(lang);
  const closed = closedYears();
  const tonnes = (n: number | null) => (n === null ? "—" : formatNumber(lang, n, { maximumFractionDigits: 1 }));
  const current = currentByYear(found.rows);
  const series = current.map((r) => ({ year: r.year, total: r.total }));
  const baseYear = chooseBaseYear(series.map((s) => s.year));
  const base = series.find((s) => s.year === baseYear);
  const lastYear = Math.max(...series.map((s) => s.year));
  const path =
    base && baseYear !== null
      ? Array.from({ length: Math.max(lastYear, 2030) - baseYear + 1 }, (_, i) => baseYear + i).map((year) => ({
          year,
          value: base.total * pathFactor(baseYear, year),
        }))
      : [];
  const position = positionOnPath(series);
  const scope2 = (r: Row) => r.scope2Market ?? r.scope2Location;
  const shaped = (r: Row) => ({
    id: r.id,
    year: r.year,
    status: r.status,
    final: closed.includes(r.year),
    scope1: tonnes(r.scope1),
    scope2Location: tonnes(r.scope2Location),
    scope2Market: tonnes(r.scope2Market),
    scope3: tonnes(r.scope3),
    total: tonnes(r.total),
    categories: scope3Categories
      .map((c) => ({
        n: c,
        value:
          r.scope3Categories[c] === undefined
            ? null
            : typeof r.scope3Categories[c] === "number"
              ? tonnes(r.scope3Categories[c] as number)
              : t(`emissions.categoryStatus.${r.scope3Categories[c]}`),
      }))
      .filter((c) => c.value !== null),
    energy: r.energyMwh === null ? null : formatNumber(lang, r.energyMwh),
    renewable: r.renewableShare === null ? null : formatPercent(lang, r.renewableShare),
    methodology: r.methodology,
    boundary: r.boundary,
    assurance: r.assurance,
    assurer: r.assurer,
    reportUrl: r.reportUrl,
    source: r.source,
    subSectors: r.subSectors,
    reason: r.restatementReason,
    published: r.publishedAt ? formatDate(lang, r.publishedAt) : null,
    superseded: r.supersededAt ? formatDate(lang, r.supersededAt) : null,
  });
  const describe = joinSentences(
    lang,
    current.map((r) =>
      r.scope1 === null
        ? t("emissions.chart.yearTotal", { year: r.year, total: tonnes(r.total) })
        : t("emissions.chart.yearScopes", { year: r.year, s1: tonnes(r.scope1), s2: tonnes(scope2(r)), s3: tonnes(r.scope3), total: tonnes(r.total) }),
    ),
  );
  return {
    org: { ...found.org, name: organisationNameIn(lang, found.org.name), countryName: countryName(lang, found.org.country) },
    chart: {
      years: current.map((r) => ({ year: r.year, scope1: r.scope1, scope2: r.scope1 === null ? null : scope2(r), scope3: r.scope3, total: r.total })),
      path,
      description: describe,
    },
    baseYear,
    position: position && {
      kind: position.kind,
      text: t(`emissions.position.${position.kind}`, {
        year: position.year,
        baseYear: position.baseYear,
        tonnes: tonnes(position.difference),
        percent: formatPercent(lang, position.share),
        path: tonnes(position.pathValue),
      }),
    },
    years: current.map(shaped),
    // The closed years this organisation has figures for: those figures are final.
    closedYears: closed
      .filter((y) => current.some((r) => r.year === y))
      .sort((a, b) => a - b)
      .map(String),
    // Each superseded version beside the one that corrected it, with that correction's reason.
    restatements: found.rows
      .filter((r) => r.status === "superseded")
      .map((old) => {
        const by = found.rows.find((r) => r.restates === old.id) ?? current.find((c) => c.year === old.year)!;
        return { old: shaped(old), now: shaped(by), reason: by.restatementReason ?? "" };
      }),
    pledges: found.pledges.map((p) => ({
      id: p.id,
      title: p.title,
      lang: p.lang,
      kind: p.kind,
      steep: p.kind === "emissions-reduction" ? isTargetAsSteepAsPath(p) : null,
      target: t("withNote", {
        text: `${formatNumber(lang, p.baselineValue)} → ${formatNumber(lang, p.targetValue)} ${p.unit}`,
        note: `${p.baselineYear}–${p.targetYear}`,
      }),
    })),
    netZeroYear: NET_ZERO_YEAR,
  };
}
