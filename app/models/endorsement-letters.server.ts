import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq, isNotNull, sql } from "drizzle-orm";
import { endorsements } from "../../db/schema";
import { db, type Tx } from "~/utils/db.server";
import { env, resolveFromRoot } from "~/utils/env.server";

/**
 * Official letters. A letter nobody has verified yet waits in a quarantine folder under a total
 * cap (UNVERIFIED_LETTERS_MAX_MB): 25 letters of 10 MB from made-up addresses used to fill the
 * disk. It moves to the letters store when its endorsement is verified, and goes with the
 * endorsement when the link expires (retention). Files are written under a temporary name and
 * renamed in the same try as the database write, and a start-up sweep removes any file that no
 * row names, so a crash between the two leaves nothing that counts.
 */
export const storeDir = () => resolveFromRoot(env().LETTERS_DIR);
export const quarantineDir = () => path.join(storeDir(), "quarantine");

/** Where a letter is: in the store once verified, in quarantine before (or if the move was interrupted). */
export function locateLetter(file: string): string | null {
  for (const dir of [storeDir(), quarantineDir()]) {
    const p = path.join(dir, path.basename(file));
    if (fs.existsSync(p)) return p;
  }
  return null;
}

/** Bytes held by letters awaiting verification, from the rows (no directory walk per request). */
export function quarantinedBytes(tx: Tx): number {
  return tx
    .select({ n: sql<number>`coalesce(sum(${endorsements.letterSize}), 0)` })
    .from(endorsements)
    .where(sql`${endorsements.status} = 'unverified' and ${endorsements.letterFile} is not null`)
    .get()!.n;
}

export function hasRoomFor(tx: Tx, bytes: number): boolean {
  return quarantinedBytes(tx) + bytes <= env().UNVERIFIED_LETTERS_MAX_MB * 1024 * 1024;
}

/** Writes the bytes to a temporary file in quarantine; `commit` renames it to its final name. */
export function stageLetter(bytes: Uint8Array) {
  fs.mkdirSync(quarantineDir(), { recursive: true, mode: 0o700 });
  const file = `${crypto.randomUUID()}.pdf`;
  const temp = path.join(quarantineDir(), `.tmp-${file}`);
  fs.writeFileSync(temp, bytes, { mode: 0o600 });
  return {
    file,
    commit: () => fs.renameSync(temp, path.join(quarantineDir(), file)),
    discard: () => {
      fs.rmSync(temp, { force: true });
      fs.rmSync(path.join(quarantineDir(), file), { force: true });
    },
  };
}

/** After verification: from quarantine to the store. A failure leaves it where locateLetter still finds it. */
export function releaseLetter(file: string) {
  const from = path.join(quarantineDir(), path.basename(file));
  if (!fs.existsSync(from)) return;
  fs.mkdirSync(storeDir(), { recursive: true, mode: 0o700 });
  try {
    fs.renameSync(from, path.join(storeDir(), path.basename(file)));
  } catch (error) {
    console.error("letters: could not move a verified letter out of quarantine", error);
  }
}

/** Disk or database full: the answer is "try later", not a 500. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ENOSPC" || code === "SQLITE_FULL" || code === "EDQUOT";
}

/**
 * At start: files no row names (a crash between file and row, a temporary file) are removed, and a
 * verified letter still in quarantine (a crash during the move) goes to the store.
 */
export function sweepLetters(): { removed: number; moved: number } {
  const rows = db().select({ file: endorsements.letterFile, status: endorsements.status }).from(endorsements).where(isNotNull(endorsements.letterFile)).all();
  const known = new Map(rows.map((r) => [path.basename(r.file!), r.status]));
  let removed = 0;
  let moved = 0;
  for (const dir of [quarantineDir(), storeDir()]) {
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const status = known.get(entry.name);
      if (!status) {
        fs.rmSync(path.join(dir, entry.name), { force: true });
        removed++;
      } else if (dir === quarantineDir() && status !== "unverified") {
        releaseLetter(entry.name);
        moved++;
      }
    }
  }
  return { removed, moved };
}

/**
 * An endorsement's stored letter as a download, or null when it has none or its file is gone. The
 * download's name is the server's own: what the endorser called the file is shown, never used.
 */
export function letterDownload(id: number, file: string | null | undefined) {
  const found = file ? locateLetter(file) : null;
  return found ? { path: found, name: `endorsement-${id}-letter.pdf` } : null;
}

export function letterFileOf(id: number) {
  return db().select({ file: endorsements.letterFile }).from(endorsements).where(eq(endorsements.id, id)).get()?.file ?? null;
}
