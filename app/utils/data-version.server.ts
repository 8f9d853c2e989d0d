import type Database from "better-sqlite3";
import { sqlite } from "./db.server";

type Statements = { data: Database.Statement; changes: Database.Statement };
const statementsOf = new WeakMap<Database.Database, Statements>();

/**
 * Changes whenever a write is committed, by this connection or any other (SQLite's `data_version`
 * for others, `total_changes()` for this one). Read it outside write transactions: inside one it
 * also moves with rows that may yet be rolled back.
 */
export function databaseVersion(): string {
  const connection = sqlite();
  let s = statementsOf.get(connection);
  if (!s) {
    s = { data: connection.prepare("PRAGMA data_version").pluck(), changes: connection.prepare("SELECT total_changes()").pluck() };
    statementsOf.set(connection, s);
  }
  return `${s.data.get()}.${s.changes.get()}`;
}

/** Per connection: a test's fresh database may start at the same version as the one before it. */
const memosOf = new WeakMap<Database.Database, Map<string, Map<string, { version: string; value: unknown }>>>();
/** Kept values per family of keys (the part of a key before its first colon). */
export const MEMOS_PER_FAMILY = 200;

/**
 * What `compute` returns, kept until the next committed write: for a public list that costs more to
 * put in order than to filter (the endorsers of a declaration in the order of UN lists, in one
 * language). `key` names the list and everything it depends on but the database; `stillGood`, when
 * given, may say that a kept value has gone out of date without a write (the clock moved past it).
 *
 * A family of keys (`emissions-count:…`, the part before the first colon) keeps at most
 * MEMOS_PER_FAMILY values, dropping the one read longest ago first: keys made from a visitor's
 * filters cannot push out another family's values (the endorsers' order, the counts on every page),
 * and a crawler walking every page of a family does not push out the pages people read.
 */
export function memoUntilWrite<T>(key: string, compute: () => T, stillGood?: (value: T) => boolean): T {
  const version = databaseVersion();
  const connection = sqlite();
  let families = memosOf.get(connection);
  if (!families) memosOf.set(connection, (families = new Map()));
  const family = key.split(":", 1)[0]!;
  let memos = families.get(family);
  if (!memos) families.set(family, (memos = new Map()));
  const kept = memos.get(key);
  if (kept && kept.version === version && (!stillGood || stillGood(kept.value as T))) {
    // Read again: it goes to the back of the family, so the pages read most stay kept.
    memos.delete(key);
    memos.set(key, kept);
    return kept.value as T;
  }
  const value = compute();
  memos.delete(key);
  if (memos.size >= MEMOS_PER_FAMILY) memos.delete(memos.keys().next().value!);
  memos.set(key, { version, value });
  return value;
}
