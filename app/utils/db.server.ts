import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "../../db/schema";
import { env, resolveFromRoot } from "./env.server";

export type DB = BetterSQLite3Database<typeof schema>;
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];

declare global {
  // One connection per process, kept across module copies (server entry, CLI, tests).
  var __portalDb: { sqlite: Database.Database; db: DB; file: string } | undefined;
}

export function openDatabase(file: string) {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  keepStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: resolveFromRoot("db/migrations") });
  refreshQueryStatistics(sqlite);
  return { sqlite, db, file };
}

/**
 * The query planner's statistics (sqlite_stat1), gathered where missing or stale (a table grown
 * tenfold), with a bounded effort; at start-up and then by the scheduler. Without them SQLite read
 * every published pledge to find a working group's: 1.7 ms against 0.8 ms on the bench database.
 */
export function refreshQueryStatistics(connection = sqlite()) {
  connection.pragma("optimize = 0x10002");
}

/**
 * drizzle prepares its SQL again on every call; better-sqlite3 statements can be reused, so each
 * distinct SQL text is prepared once (measured: a tenth of a registration's time). drizzle turns
 * raw mode on where it wants rows as arrays, so a reused reader starts with it off.
 */
function keepStatements(sqlite: Database.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      if (statements.size >= 2000) statements.clear();
      statement = prepare(source);
      statements.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

function connection() {
  const file = resolveFromRoot(env().DATABASE_PATH);
  if (!globalThis.__portalDb || globalThis.__portalDb.file !== file) {
    globalThis.__portalDb?.sqlite.close();
    globalThis.__portalDb = openDatabase(file);
  }
  return globalThis.__portalDb;
}

export function db(): DB {
  return connection().db;
}

export function sqlite(): Database.Database {
  return connection().sqlite;
}

/**
 * A write transaction: synchronous (no await inside) and BEGIN IMMEDIATE, so two writers
 * never both read and then both write on a stale view.
 */
export function write<T>(fn: (tx: Tx) => T): T {
  return db().transaction(fn, { behavior: "immediate" });
}

export function closeDatabase() {
  globalThis.__portalDb?.sqlite.close();
  globalThis.__portalDb = undefined;
}
