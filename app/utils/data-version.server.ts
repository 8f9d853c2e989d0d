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
const memosOf = new WeakMap<Database.Database, Map<string, { version: string; value: unknown }>>();

/**
 * What `compute` returns, kept until the next committed write: for a public list that costs more to
 * put in order than to filter (the endorsers of a declaration in the order of UN lists, in one
 * language). `key` names the list and everything it depends on but the database.
 */
export function memoUntilWrite<T>(key: string, compute: () => T): T {
  const version = databaseVersion();
  const connection = sqlite();
  let memos = memosOf.get(connection);
  if (!memos) memosOf.set(connection, (memos = new Map()));
  const kept = memos.get(key);
  if (kept && kept.version === version) return kept.value as T;
  const value = compute();
  if (memos.size >= 200) memos.clear();
  memos.set(key, { version, value });
  return value;
}
