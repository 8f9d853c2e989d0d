import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events } from "../../db/schema";
import { insertEvent } from "~/test-support/fixtures";
import { closeDatabase, write } from "./db.server";
import { prepared } from "./prepared.server";

describe("prepared", () => {
  it("builds a query once per connection, runs it inside a write, and builds it again for a new database", () => {
    let built = 0;
    const slugOf = prepared((d) => {
      built++;
      return d
        .select({ slug: events.slug })
        .from(events)
        .where(sql`${events.id} = ${sql.placeholder("id")}`)
        .prepare();
    });
    const first = insertEvent({ slug: "prepared-one" });
    const second = insertEvent({ slug: "prepared-two" });
    expect(slugOf().get({ id: first.id })).toEqual({ slug: "prepared-one" });
    expect(slugOf().get({ id: second.id })).toEqual({ slug: "prepared-two" });
    expect(built).toBe(1);
    // Inside a transaction it sees the transaction's own uncommitted rows (one connection).
    write((tx) => {
      tx.update(events)
        .set({ slug: "prepared-renamed" })
        .where(sql`${events.id} = ${first.id}`)
        .run();
      expect(slugOf().get({ id: first.id })).toEqual({ slug: "prepared-renamed" });
    });
    // A connection closed and opened again (as tests and the CLI do): built again, never a closed statement.
    closeDatabase();
    expect(slugOf().get({ id: second.id })).toEqual({ slug: "prepared-two" });
    expect(built).toBe(2);
  });
});
