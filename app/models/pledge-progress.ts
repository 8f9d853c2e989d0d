/**
 * Progress of a pledge toward its measurable target. Works whether lower is better (emissions)
 * or higher is better (share of renewable energy): progress is the share of the baseline-to-target
 * gap that has been closed.
 */
export type Target = { baselineYear: number; baselineValue: number; targetYear: number; targetValue: number };
export type Report = { year: number; value: number };
export type PledgeStatus = "not-started" | "on-track" | "off-track" | "achieved";

export const lowerIsBetter = (t: Target) => t.targetValue < t.baselineValue;

/** Share of the gap closed by `value`: 0 at the baseline, 1 at the target; may go below 0 or above 1. */
export function gapClosed(t: Target, value: number): number {
  const gap = t.targetValue - t.baselineValue;
  if (gap === 0) return value === t.targetValue ? 1 : 0;
  return (value - t.baselineValue) / gap;
}

/** Where a straight path from baseline to target stands in a given year. */
export function expectedValue(t: Target, year: number): number {
  if (t.targetYear === t.baselineYear) return t.targetValue;
  const share = Math.min(1, Math.max(0, (year - t.baselineYear) / (t.targetYear - t.baselineYear)));
  return t.baselineValue + (t.targetValue - t.baselineValue) * share;
}

/** The latest report by year; years without a report are simply absent. */
export function latestReport(reports: Report[]): Report | null {
  return reports.reduce<Report | null>((best, r) => (best === null || r.year > best.year ? r : best), null);
}

export function pledgeProgress(t: Target, reports: Report[]) {
  const latest = latestReport(reports);
  if (!latest) return { status: "not-started" as PledgeStatus, progress: 0, latest: null };
  const progress = gapClosed(t, latest.value);
  if (progress >= 1) return { status: "achieved" as PledgeStatus, progress: 1, latest };
  const expected = expectedValue(t, latest.year);
  const onTrack = lowerIsBetter(t) ? latest.value <= expected : latest.value >= expected;
  return { status: (onTrack ? "on-track" : "off-track") as PledgeStatus, progress: Math.max(0, progress), latest };
}

/**
 * A pledge is late when nothing was reported for the past full year while it was running and published: a
 * pledge published in November is not "overdue" for the year it was published in, only once a whole reporting
 * year has passed since (published in 2026: first due for 2027, so never late before 2028).
 */
export function isReportLate(startYear: number, reports: Report[], currentYear: number, publishedYear?: number | null): boolean {
  const due = currentYear - 1;
  const firstDue = Math.max(startYear, publishedYear == null ? startYear : publishedYear + 1);
  if (firstDue > due) return false;
  return !reports.some((r) => r.year >= due);
}
