import type { PledgeStatus } from "./pledge-progress";
import type { MilestoneStatus } from "./working-group-types";

/**
 * How far a working group has come: its milestones (weighted where weights are given) and the
 * pledges its member organisations made under its pillar. Pure functions, shared with the browser.
 */
export type MilestoneLike = { dueOn: string; status: MilestoneStatus; weight: number | null };

/** A milestone past its due date and not done is delayed, whatever was last recorded. */
export function effectiveStatus(m: Pick<MilestoneLike, "dueOn" | "status">, today: string): MilestoneStatus {
  if (m.status === "done") return "done";
  if (m.dueOn < today) return "delayed";
  return m.status;
}

export type Completion = { total: number; done: number; delayed: number; share: number | null };

/** Done over total, each milestone counting its weight (1 when none is given); null without milestones. */
export function milestoneCompletion(milestones: MilestoneLike[], today: string): Completion {
  let weightTotal = 0;
  let weightDone = 0;
  let done = 0;
  let delayed = 0;
  for (const m of milestones) {
    const weight = m.weight ?? 1;
    const status = effectiveStatus(m, today);
    weightTotal += weight;
    if (status === "done") {
      done += 1;
      weightDone += weight;
    }
    if (status === "delayed") delayed += 1;
  }
  return { total: milestones.length, done, delayed, share: weightTotal > 0 ? weightDone / weightTotal : null };
}

export type PledgeRollup = { count: number; share: number | null; byStatus: Record<PledgeStatus, number> };

/**
 * The members' pledges taken together: the mean share of each pledge's baseline-to-target gap
 * closed (0 to 1 each, so one large pledge does not hide the others); null without pledges.
 */
export function pledgeRollup(pledges: { status: PledgeStatus; progress: number }[]): PledgeRollup {
  return pledgeRollupFromTotals(pledges.map((p) => ({ status: p.status, n: 1, closed: Math.min(1, Math.max(0, p.progress)) })));
}

/** The same from totals per status: `n` pledges, and the sum of their shares closed (each 0 to 1). */
export function pledgeRollupFromTotals(totals: { status: PledgeStatus; n: number; closed: number }[]): PledgeRollup {
  const byStatus: Record<PledgeStatus, number> = { "not-started": 0, "on-track": 0, "off-track": 0, achieved: 0 };
  let count = 0;
  let sum = 0;
  for (const t of totals) {
    byStatus[t.status] += t.n;
    count += t.n;
    sum += t.closed;
  }
  return { count, share: count ? sum / count : null, byStatus };
}

/** Today's calendar date in UTC, the way due dates are stored. */
export const todayUtc = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);
