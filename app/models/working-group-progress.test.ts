import { describe, expect, it } from "vitest";
import { effectiveStatus, milestoneCompletion, pledgeRollup, todayUtc } from "./working-group-progress";

const today = "2026-06-15";

describe("milestone completion", () => {
  it("has no share when a group has no milestones yet", () => {
    expect(milestoneCompletion([], today)).toEqual({ total: 0, done: 0, delayed: 0, share: null });
  });

  it("counts done over total when no weights are given", () => {
    const c = milestoneCompletion(
      [
        { dueOn: "2026-01-01", status: "done", weight: null },
        { dueOn: "2026-12-01", status: "planned", weight: null },
        { dueOn: "2026-12-01", status: "in-progress", weight: null },
        { dueOn: "2027-01-01", status: "planned", weight: null },
      ],
      today,
    );
    expect(c).toMatchObject({ total: 4, done: 1, share: 0.25 });
  });

  it("weighs milestones where weights are given, and counts the others as 1", () => {
    const c = milestoneCompletion(
      [
        { dueOn: "2026-12-01", status: "done", weight: 3 },
        { dueOn: "2026-12-01", status: "planned", weight: null },
      ],
      today,
    );
    expect(c.share).toBe(0.75);
    const heavyOpen = milestoneCompletion(
      [
        { dueOn: "2026-12-01", status: "done", weight: 1 },
        { dueOn: "2026-12-01", status: "planned", weight: 9 },
      ],
      today,
    );
    expect(heavyOpen.share).toBeCloseTo(0.1);
  });

  it("shows a milestone past its due date and not done as delayed", () => {
    expect(effectiveStatus({ dueOn: "2026-06-14", status: "planned" }, today)).toBe("delayed");
    expect(effectiveStatus({ dueOn: "2026-06-14", status: "in-progress" }, today)).toBe("delayed");
    expect(effectiveStatus({ dueOn: "2026-06-15", status: "planned" }, today)).toBe("planned");
    expect(effectiveStatus({ dueOn: "2020-01-01", status: "done" }, today)).toBe("done");
    expect(effectiveStatus({ dueOn: "2030-01-01", status: "delayed" }, today)).toBe("delayed");
    const c = milestoneCompletion(
      [
        { dueOn: "2026-01-01", status: "in-progress", weight: null },
        { dueOn: "2026-01-01", status: "done", weight: null },
      ],
      today,
    );
    expect(c).toEqual({ total: 2, done: 1, delayed: 1, share: 0.5 });
  });

  it("reads today's date in UTC", () => {
    expect(todayUtc(Date.UTC(2026, 11, 31, 23, 30))).toBe("2026-12-31");
  });
});

describe("pledge roll-up", () => {
  it("has no share without pledges", () => {
    expect(pledgeRollup([])).toMatchObject({ count: 0, share: null });
  });

  it("averages the gap closed, each pledge capped between 0 and 1", () => {
    const r = pledgeRollup([
      { status: "on-track", progress: 0.5 },
      { status: "achieved", progress: 1.4 },
      { status: "off-track", progress: -0.2 },
      { status: "not-started", progress: 0 },
    ]);
    expect(r.count).toBe(4);
    expect(r.share).toBeCloseTo((0.5 + 1 + 0 + 0) / 4);
    expect(r.byStatus).toEqual({ "not-started": 1, "on-track": 1, "off-track": 1, achieved: 1 });
  });
});
