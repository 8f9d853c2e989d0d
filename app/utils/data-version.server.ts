import type Database from "better-sqlite3";
import { sqlite, write, type Tx } from "./db.server";

type Statements = { data: Database.Statement; changes: Database.Statement };
const statementsOf = new WeakMap<Database.Database, Statements>();

function statementsFor(connection: Database.Database): Statements {
  let s = statementsOf.get(connection);
  if (!s) {
    s = { data: connection.prepare("PRAGMA data_version").pluck(), changes: connection.prepare("SELECT total_changes()").pluck() };
    statementsOf.set(connection, s);
  }
  return s;
}
/** Rows this connection changed in writes no reader sees (unseenByReaders). */
const unseenOf = new WeakMap<Database.Database, number>();
/** Rows this connection changed in registrations' writes (writeRegistrations), but for those counted unseen. */
const registrationRowsOf = new WeakMap<Database.Database, number>();

/**
 * What a kept value may be out of date with: every committed write ("all"), or every write but a
 * registration's ("outside-registrations"), for values that read nothing a registration changes
 * (endorsers, pledges, emissions). Twenty registrations a second used to make the endorsers' page
 * put 5,000 names in order again twenty times a second (50 ms each; decision 016, seventeenth round).
 */
export type WriteScope = "all" | "outside-registrations";

/**
 * Changes whenever a write is committed, by this connection or any other (SQLite's `data_version`
 * for others, `total_changes()` for this one), but for writes made in `unseenByReaders` (and, in
 * the scope "outside-registrations", in `writeRegistrations`). Read it outside write transactions:
 * inside one it also moves with rows that may yet be rolled back.
 */
export function databaseVersion(scope: WriteScope = "all"): string {
  return databaseVersions()[scope];
}

/** The version in each scope, read at once (the page cache checks a kept page against its own). */
export function databaseVersions(): Record<WriteScope, string> {
  const connection = sqlite();
  const s = statementsFor(connection);
  const data = s.data.get() as number;
  const seen = (s.changes.get() as number) - (unseenOf.get(connection) ?? 0);
  return { all: `${data}.${seen}`, "outside-registrations": `${data}.${seen - (registrationRowsOf.get(connection) ?? 0)}` };
}

/**
 * Runs writes that no public page, list or download shows — an email's delivery, a request for an
 * email written down, a sign-in link — without dropping what is kept until the next write. Anyone
 * may send a sign-in form; each used to throw away every kept page and download, the largest taking
 * a second to write again (an attacker's review). Only for such writes: a kept page would miss the
 * rest.
 */
export function unseenByReaders<T>(run: () => T): T {
  // Within another such call, the outer one counts the rows.
  if (unseenDepth > 0) return run();
  const connection = sqlite();
  const s = statementsFor(connection);
  const before = s.changes.get() as number;
  unseenDepth++;
  try {
    return run();
  } finally {
    unseenDepth--;
    unseenOf.set(connection, (unseenOf.get(connection) ?? 0) + (s.changes.get() as number) - before);
  }
}
let unseenDepth = 0;

/**
 * A write transaction (db.server's `write`) to an event's registrations alone — a registration,
 * its proof, its cancellation, a lapsed hold — and the rows that hang on them (participation types made on first use, a focal point's decision
 * on a delegate, an invitation used, the email). Values kept with "outside-registrations" stay
 * kept through it; kept pages and every other value are dropped as by any write. Synchronous, as
 * every write is (better-sqlite3): nothing else writes between the two counts.
 */
export function writeRegistrations<T>(fn: (tx: Tx) => T): T {
  if (unseenDepth > 0 || registrationDepth > 0) return write(fn);
  const connection = sqlite();
  const s = statementsFor(connection);
  const before = s.changes.get() as number;
  const unseenBefore = unseenOf.get(connection) ?? 0;
  registrationDepth++;
  try {
    return write(fn);
  } finally {
    registrationDepth--;
    const rows = (s.changes.get() as number) - before - ((unseenOf.get(connection) ?? 0) - unseenBefore);
    registrationRowsOf.set(connection, (registrationRowsOf.get(connection) ?? 0) + rows);
  }
}
let registrationDepth = 0;

/** Per connection: a test's fresh database may start at the same version as the one before it. */
const memosOf = new WeakMap<Database.Database, Map<string, Map<string, { version: string; value: unknown }>>>();
/** Kept values per family of keys (the part of a key before its first colon). */
export const MEMOS_PER_FAMILY = 200;

/**
 * What `compute` returns, kept until the next committed write: for a public list that costs more to
 * put in order than to filter (the endorsers of a declaration in the order of UN lists, in one
 * language). `key` names the list and everything it depends on but the database; `stillGood`, when
 * given, may say that a kept value has gone out of date without a write (the clock moved past it);
 * `scope` "outside-registrations" keeps it through registrations' writes (writeRegistrations).
 *
 * A family of keys (`emissions-count:…`, the part before the first colon) keeps at most
 * MEMOS_PER_FAMILY values, dropping the one read longest ago first: keys made from a visitor's
 * filters cannot push out another family's values (the endorsers' order, the counts on every page),
 * and a crawler walking every page of a family does not push out the pages people read.
 */
export function memoUntilWrite<T>(key: string, compute: () => T, stillGood?: (value: T) => boolean, scope: WriteScope = "all"): T {
  const version = databaseVersion(scope);
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

/** memoUntilWrite for a value that reads nothing a registration changes: kept through registrations' writes (writeRegistrations). */
export function memoThroughRegistrations<T>(key: string, compute: () => T): T {
  return memoUntilWrite(key, compute, undefined, "outside-registrations");
}
