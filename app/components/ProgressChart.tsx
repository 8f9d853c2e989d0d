import { valueRange } from "~/utils/chart-scale";
import { formatList } from "~/utils/format";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";

type Props = {
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  targetValue: number;
  reports: { year: number; value: number }[];
  unit: string;
  format: (n: number) => string;
};

const W = 560;
const H = 260;
// The value of each grid line is written on it, inside the plot: no margin to clip a long figure,
// and room above for the top one when phones draw the labels larger (app.css, .chart).
const PAD = { left: 16, right: 16, top: 28, bottom: 36 };

/**
 * Reported values against the straight path from baseline to target, drawn as plain SVG on the
 * server: no chart library, nothing to download, readable without JavaScript.
 */
export function ProgressChart(p: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const years = [p.baselineYear, p.targetYear, ...p.reports.map((r) => r.year)];
  const values = [p.baselineValue, p.targetValue, ...p.reports.map((r) => r.value)];
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const { min: vMin, max: vMax } = valueRange(values);
  const x = (year: number) => PAD.left + ((year - x0) / Math.max(1, x1 - x0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - vMin) / (vMax - vMin)) * (H - PAD.top - PAD.bottom);
  const points = [...p.reports].sort((a, b) => a.year - b.year);
  const ticks = [vMin, (vMin + vMax) / 2, vMax];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" direction="ltr">
        <title id="chart-title">{t("pledgePage.chartTitle")}</title>
        <desc id="chart-desc">
          {t("pledgePage.chartDesc", {
            // Joined as the page's language joins them: "2023 : 45 et 2024 : 50", "2023：45、2024：50".
            baseline: t("withNote", { text: `${p.format(p.baselineValue)} ${p.unit}`, note: String(p.baselineYear) }),
            target: t("withNote", { text: `${p.format(p.targetValue)} ${p.unit}`, note: String(p.targetYear) }),
            reports:
              formatList(
                lang,
                points.map((r) => t("labelValue", { label: String(r.year), value: p.format(r.value) })),
              ) || "—",
          })}
        </desc>
        {ticks.map((v) => (
          <line key={v} x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d7de" />
        ))}
        {/* Aligned to the plot's edges, so a larger label is never cut. */}
        {[x0, x1].map((yr, i) => (
          <text key={yr} x={x(yr)} y={H - 12} textAnchor={i === 0 ? "start" : "end"} fontSize="11" fill="#4a4f55">
            {yr}
          </text>
        ))}
        <line
          x1={x(p.baselineYear)}
          y1={y(p.baselineValue)}
          x2={x(p.targetYear)}
          y2={y(p.targetValue)}
          stroke="#2b7a2b"
          strokeWidth="2"
          strokeDasharray="6 4"
        />
        {points.length > 1 ? (
          <polyline points={points.map((r) => `${x(r.year)},${y(r.value)}`).join(" ")} fill="none" stroke="#00558c" strokeWidth="2.5" />
        ) : null}
        {points.map((r) => (
          <circle key={r.year} cx={x(r.year)} cy={y(r.value)} r="4.5" fill="#00558c" />
        ))}
        {/* Last, so that the lines never cover them. */}
        {ticks.map((v) => (
          <text
            key={v}
            x={PAD.left + 2}
            y={y(v) - 5}
            textAnchor="start"
            fontSize="11"
            fill="#4a4f55"
            className="tick"
            stroke="#fff"
            strokeWidth="4"
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {p.format(v)}
          </text>
        ))}
      </svg>
      <figcaption>
        <span className="legend legend-path">{t("pledgePage.legendPath")}</span>{" "}
        <span className="legend legend-reported">{t("pledgePage.legendReported")}</span>
      </figcaption>
    </figure>
  );
}
