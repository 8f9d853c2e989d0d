import Database from "better-sqlite3";
import { E2E_DB } from "./env";

/**
 * What the server stored, read from its database. "Nothing was sent" is checked here, on the outbox
 * row the change writes in its own transaction, not on the .eml folder, which fills only when the
 * deliverer gets round to it: an empty folder proves nothing.
 */
export function stored<T>(sql: string, ...params: unknown[]): T {
  const conn = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).get(...params) as T;
  } finally {
    conn.close();
  }
}

/** Emails on record for an address, whether or not delivered yet. */
export const outboxCount = (to: string) => stored<{ n: number }>("select count(*) n from outbox where to_address = ?", to).n;
