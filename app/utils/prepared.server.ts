import { db, type DB } from "./db.server";

/**
 * A query drizzle builds once per connection instead of on every call. Building (drizzle's `is()`,
 * `buildQueryFromSourceParams`) cost more than running the query on the hot paths: a third of a
 * registration's time in the profile of issue 19. Use `sql.placeholder("name")` for the values and
 * call `.get({ name })`, `.all(...)` or `.run(...)`. better-sqlite3 is synchronous and has one
 * connection per process, so a prepared query runs inside whatever transaction is open.
 */
export function prepared<Q>(build: (d: DB) => Q): () => Q {
  const byConnection = new WeakMap<DB, Q>();
  return () => {
    const d = db();
    let query = byConnection.get(d);
    if (query === undefined) {
      query = build(d);
      byConnection.set(d, query);
    }
    return query;
  };
}
