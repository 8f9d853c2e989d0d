import { formatNumber } from "~/utils/format";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";

export type ChartYear = { year: number; scope1: number | null; scope2: number | null; scope3: number | null; total: number };
type Props = { years: ChartYear[]; path: { year: number; value: number }[]; description: string };

const W = 600;
const H = 280;
const PAD = { left: 72, right: 16, top: 16, bottom: 40 };
const COLOURS = { scope1: "#00558c", scope2: "#2b7a2b", scope3: "#b36200", total: "#6b6f75" } as const;

/**
 * An organisation's yearly emissions as stacked bars (scope 1, 2, 3; a grey bar when a source
 * gives only a total) with the sector path as a dashed line: plain SVG rendered on the server,
 * with a text alternative and the same figures in the table beside it.
 */
export function EmissionsChart({ years, path, description }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const allYears = [...years.map((y) => y.year), ...path.map((p) => p.year)];
  const [x0, x1] = [Math.min(...allYears), Math.max(...allYears)];
  const vMax = Math.max(1, ...years.map((y) => y.total), ...path.map((p) => p.value)) * 1.1;
  const slots = x1 - x0 + 1;
  const slot = (W - PAD.left - PAD.right) / slots;
  const x = (year: number) => PAD.left + (year - x0 + 0.5) * slot;
  const y = (v: number) => H - PAD.bottom - (v / vMax) * (H - PAD.top - PAD.bottom);
  const bar = Math.min(36, slot * 0.6);
  const ticks = [0, vMax / 2, vMax];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="emissions-chart-title emissions-chart-desc" direction="ltr" data-testid="emissions-chart">
        <title id="emissions-chart-title">{t("emissions.chart.title")}</title>
        <desc id="emissions-chart-desc">{description}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d7de" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#4a4f55">
              {formatNumber(lang, v, { notation: "compact", maximumFractionDigits: 1 })}
            </text>
          </g>
        ))}
        {years.map((yr) => {
          const parts =
            yr.scope1 === null && yr.scope2 === null && yr.scope3 === null
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
              <text x={x(yr.year)} y={H - 22} textAnchor="middle" fontSize="11" fill="#4a4f55">
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
      </svg>
      <figcaption>
        {(["scope1", "scope2", "scope3", "total"] as const).map((k) => (
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
  const x = (year: number) => PAD.left + ((year - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / vMax) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="index-chart-title index-chart-desc" direction="ltr" data-testid="index-chart">
        <title id="index-chart-title">{t("emissions.index.chartTitle")}</title>
        <desc id="index-chart-desc">{description}</desc>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d7de" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#4a4f55">
              {Math.round(v * 100)}
            </text>
          </g>
        ))}
        {[x0, 2030, 2050].map((yr) => (
          // The last year sits on the chart's right edge: written leftwards from it, not cut in half.
          <text key={yr} x={x(yr)} y={H - 22} textAnchor={yr === x1 ? "end" : "middle"} fontSize="11" fill="#4a4f55">
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
      </svg>
      <figcaption>
        <span className="legend legend-reported">{t("emissions.index.legendIndex")}</span>{" "}
        <span className="legend legend-sector-path">{t("emissions.chart.path")}</span>
      </figcaption>
    </figure>
  );
}
