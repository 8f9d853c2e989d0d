import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, resolveFromRoot } from "./env.server";

let cached: Buffer | undefined;

/**
 * The server's own secret: `PORTAL_SECRET` when the operator sets it, else 32 random bytes made
 * once and kept in `secret.key` beside the database (data/). It signs CSRF cookies and derives
 * the links the portal emails again (manage, withdraw, unsubscribe), so that the database alone —
 * a backup, a copy — opens nothing.
 */
export function portalSecret(): Buffer {
  if (cached) return cached;
  const fromEnv = env().PORTAL_SECRET;
  if (fromEnv) return (cached = Buffer.from(fromEnv, "utf8"));
  const dbPath = env().DATABASE_PATH;
  if (dbPath === ":memory:") return (cached = crypto.randomBytes(32));
  const file = path.join(path.dirname(resolveFromRoot(dbPath)), "secret.key");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": two processes starting together keep whichever secret was written first.
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return (cached = Buffer.from(fs.readFileSync(file, "utf8").trim(), "utf8"));
}

/** A 256-bit value only this server can compute, one per purpose and subject (base64url, 43 characters). */
export function keyedToken(purpose: string, subject: string): string {
  return crypto.createHmac("sha256", portalSecret()).update(`${purpose}\u0000${subject}`).digest("base64url");
}

/** Forget the secret (tests that change the environment). */
export function resetPortalSecret() {
  cached = undefined;
}
