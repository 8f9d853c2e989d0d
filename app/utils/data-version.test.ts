import { describe, expect, it } from "vitest";
import { db, sqlite } from "./db.server";
import { MEMOS_PER_FAMILY, memoUntilWrite } from "./data-version.server";

/** A committed write, as any form would make one. */
function commitSomething() {
  db();
  sqlite().exec("CREATE TABLE IF NOT EXISTS memo_probe (x INTEGER)");
  sqlite().prepare("INSERT INTO memo_probe (x) VALUES (1)").run();
}

describe("values kept until the next write", () => {
  it("computes once until a write, then again", () => {
    let computed = 0;
    const read = () => memoUntilWrite("probe-count", () => ++computed);
    expect([read(), read(), read()]).toEqual([1, 1, 1]);
    commitSomething();
    expect(read()).toBe(2);
  });

  it("computes again when the kept value says it has gone out of date, and keeps the new one", () => {
    let computed = 0;
    let clock = 10;
    const read = () =>
      memoUntilWrite(
        "probe-clock",
        () => ({ until: clock + 5, n: ++computed }),
        (kept) => clock <= kept.until,
      ).n;
    expect(read()).toBe(1);
    clock = 15;
    expect(read()).toBe(1);
    clock = 16;
    expect(read()).toBe(2);
    expect(read()).toBe(2);
  });

  it("lets keys made from visitors' filters push out only their own family's oldest values", () => {
    let ordered = 0;
    const endorsers = () => memoUntilWrite("probe-endorsers:1:en", () => ++ordered);
    expect(endorsers()).toBe(1);
    // A crawler walking every filter: many more keys than a family keeps.
    for (let i = 0; i < MEMOS_PER_FAMILY * 2; i++) memoUntilWrite(`probe-filter:${i}`, () => i);
    expect(endorsers()).toBe(1);
    let again = 0;
    memoUntilWrite(`probe-filter:${MEMOS_PER_FAMILY * 2 - 1}`, () => ++again);
    expect(again).toBe(0);
    memoUntilWrite("probe-filter:0", () => ++again);
    expect(again).toBe(1);
  });

  it("keeps the values read often while a crawler walks a family: the one read longest ago goes first", () => {
    let popular = 0;
    const read = () => memoUntilWrite("probe-page:popular", () => ++popular);
    read();
    for (let i = 0; i < MEMOS_PER_FAMILY * 3; i++) {
      memoUntilWrite(`probe-page:${i}`, () => i);
      if (i % 50 === 0) read();
    }
    expect(popular).toBe(1);
  });
});
