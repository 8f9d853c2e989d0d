import { niceTop } from "~/utils/chart-scale";
import { useTranslation } from "~/utils/use-translation";

export type ChartYear = { year: number; scope1: number | null; scope2: number | null; scope3: number | null; total: number };
type Props = { years: ChartYear[]; path: { year: number; value: number }[]; format: (n: number) => string; description: string };

const W = 600;
const H = 280;
// Each grid line's value is written on it, inside the plot: no margin to clip a long figure, and
// room above for the top one when phones draw the labels larger (app.css, .chart).
const PAD = { left: 32, right: 32, top: 28, bottom: 46 };
/** The index chart's left margin: room for "100" at the size phones draw it (22 units, about 40 wide). */
const INDEX_LEFT = 50;
const TICK = { stroke: "#fff", strokeWidth: 4, strokeLinejoin: "round", paintOrder: "stroke" } as const;
const COLOURS = { scope1: "#00558c", scope2: "#2b7a2b", scope3: "#b36200", total: "#6b6f75" } as const;

const totalOnly = (yr: ChartYear) => yr.scope1 === null && yr.scope2 === null && yr.scope3 === null;

/** The legend names only what the bars show: a grey "total, not divided by scope" with no grey bar misled. */
function legendKinds(years: ChartYear[]) {
  return [...(years.some((yr) => !totalOnly(yr)) ? (["scope1", "scope2", "scope3"] as const) : []), ...(years.some(totalOnly) ? (["total"] as const) : [])];
}

/**
 * An organisation's yearly emissions as stacked bars (scope 1, 2, 3; a grey bar when a source
 * gives only a total) with the sector path as a dashed line: plain SVG rendered on the server,
 * with a text alternative and the same figures in the table beside it.
 */
export function EmissionsChart({ years, path, format, description }: Props) {
  const { t } = useTranslation();
  const allYears = [...years.map((y) => y.year), ...path.map((p) => p.year)];
  const [x0, x1] = [Math.min(...allYears), Math.max(...allYears)];
  const vMax = niceTop(Math.max(...years.map((y) => y.total), ...path.map((p) => p.value)));
  const slots = x1 - x0 + 1;
  const slot = (W - PAD.left - PAD.right) / slots;
  const x = (year: number) => PAD.left + (year - x0 + 0.5) * slot;
  const y = (v: number) => H - PAD.bottom - (v / vMax) * (H - PAD.top - PAD.bottom);
  const bar = Math.min(36, slot * 0.6);
  const ticks = [0, vMax / 2, vMax];
  // Phones draw the labels about twice as large (app.css): there, a year is written every yearStep
  // years so that neighbours never overlap; the others are "year-minor". A year at 22 units is about
  // 54 units wide: 52 let 2021 and 2022 touch ("20212022") on a ten-year chart.
  const yearStep = Math.ceil(64 / slot);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="emissions-chart-title emissions-chart-desc" direction="ltr" data-testid="emissions-chart">
        <title id="emissions-chart-title">{t("emissions.chart.title")}</title>
        <desc id="emissions-chart-desc">{description}</desc>
        {ticks.map((v) => (
          <line key={v} x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d7de" />
        ))}
        {years.map((yr) => {
          const parts = totalOnly(yr)
            ? [["total", yr.total] as const]
            : ([
                ["scope1", yr.scope1 ?? 0],
                ["scope2", yr.scope2 ?? 0],
                ["scope3", yr.scope3 ?? 0],
              ] as const);
          let base = 0;
          return (
            <g key={yr.year} data-year={yr.year}>
              {parts.map(([k, v]) => {
                const rect = (
                  <rect
                    key={k}
                    className={`bar-${k}`}
                    x={x(yr.year) - bar / 2}
                    width={bar}
                    y={y(base + v)}
                    height={Math.max(0, y(base) - y(base + v))}
                    fill={COLOURS[k]}
                  />
                );
                base += v;
                return rect;
              })}
              <text
                x={x(yr.year)}
                y={H - 22}
                textAnchor="middle"
                fontSize="11"
                fill="#4a4f55"
                className={(yr.year - x0) % yearStep === 0 ? undefined : "year-minor"}
              >
                {yr.year}
              </text>
            </g>
          );
        })}
        {path.length > 1 ? (
          <polyline
            className="path-line"
            points={path.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}
            fill="none"
            stroke="#1b1f24"
            strokeWidth="2"
            strokeDasharray="6 4"
          />
        ) : null}
        {/* The year the path reaches, when no disclosure names it. */}
        {path.length > 1 && !years.some((yr) => yr.year === x1) ? (
          <text x={x(x1)} y={H - 22} textAnchor="middle" fontSize="11" fill="#4a4f55" data-testid="path-end-year">
            {x1}
          </text>
        ) : null}
        {/* Last, so that nothing covers them; on the right, where the bars (the years disclosed) are not. */}
        {ticks.map((v) => (
          <text key={v} x={W - PAD.right - 2} y={y(v) - 5} textAnchor="end" fontSize="11" fill="#4a4f55" className="tick" {...TICK}>
            {format(v)}
          </text>
        ))}
      </svg>
      <figcaption>
        {legendKinds(years).map((k) => (
          <span key={k} className={`legend legend-square legend-${k}`}>
            {t(`emissions.chart.${k}`)}{" "}
          </span>
        ))}
        <span className="legend legend-sector-path">{t("emissions.chart.path")}</span>
      </figcaption>
    </figure>
  );
}

/** The disclosing organisations' emissions indexed to their base years (100 = base) against the path. */
export function IndexChart({ points, description }: { points: { year: number; index: number; path: number }[]; description: string }) {
  const { t } = useTranslation();
  if (points.length === 0) return null;
  const x0 = Math.min(2020, ...points.map((p) => p.year));
  const x1 = 2050;
  const vMax = Math.max(1.2, ...points.map((p) => p.index)) * 1.05;
  // The values (0, 50, 100) are written left of the plot, not in it: the first years' points sat on "100".
  const left = INDEX_LEFT;
  const x = (year: number) => left + ((year - x0) / (x1 - x0)) * (W - left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / vMax) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="index-chart-title index-chart-desc" direction="ltr" data-testid="index-chart">
        <title id="index-chart-title">{t("emissions.index.chartTitle")}</title>
        <desc id="index-chart-desc">{description}</desc>
        {[0, 0.5, 1].map((v) => (
          <line key={v} x1={left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d7de" />
        ))}
        {/* The first and last years are aligned to the plot's edges, so a larger label is never cut. */}
        {[x0, 2030, 2050].map((yr) => (
          <text key={yr} x={x(yr)} y={H - 22} textAnchor={yr === x0 ? "start" : yr === 2050 ? "end" : "middle"} fontSize="11" fill="#4a4f55">
            {yr}
          </text>
        ))}
        <polyline
          points={[
            [x0, 1],
            [2020, 1],
            [2030, 0.55],
            [2050, 0],
          ]
            .map(([yr, v]) => `${x(yr!)},${y(v!)}`)
            .join(" ")}
          fill="none"
          stroke="#1b1f24"
          strokeWidth="2"
          strokeDasharray="6 4"
        />
        <polyline points={points.map((p) => `${x(p.year)},${y(p.index)}`).join(" ")} fill="none" stroke="#00558c" strokeWidth="2.5" />
        {points.map((p) => (
          <circle key={p.year} cx={x(p.year)} cy={y(p.index)} r="4" fill="#00558c" />
        ))}
        {[0, 0.5, 1].map((v) => (
          <text key={v} x={left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#4a4f55" className="tick" {...TICK}>
            {Math.round(v * 100)}
          </text>
        ))}
      </svg>
      <figcaption>
        <span className="legend legend-reported">{t("emissions.index.legendIndex")}</span>{" "}
        <span className="legend legend-sector-path">{t("emissions.chart.path")}</span>
      </figcaption>
    </figure>
  );
}
