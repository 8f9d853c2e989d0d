import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * A consistent copy of a live database through SQLite's online backup API: safe while the server
 * is running and writing, unlike copying the file.
 */
export async function backupDatabase(source: string, destination: string) {
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
  const copy = new Database(destination);
  try {
    // One self-contained file: no -wal or -shm beside the copy.
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`Backup failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return destination;
}

export function backupName(now = new Date()) {
  return `portal-${now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-")}.sqlite`;
}
