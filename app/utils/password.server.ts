import crypto from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/**
 * OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1, 0.7 s of a core here. Under vitest
 * (which sets VITEST in its workers) N=2^10: its tests check who may sign in, and at full cost their
 * accounts took a minute of the suite. Not NODE_ENV: a shell left at NODE_ENV=test must not make
 * `scripts/staff.ts` store weak hashes. Hashes carry their own cost, so either verifies anywhere.
 */
export function scryptCost(environment: Record<string, string | undefined> = process.env): number {
  return environment.VITEST ? 2 ** 10 : 2 ** 17;
}
const r = 8;
const p = 1;
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 12;

const options = (n: number, rr: number, pp: number): crypto.ScryptOptions => ({
  N: n,
  r: rr,
  p: pp,
  maxmem: 256 * n * rr * pp,
});

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const N = scryptCost();
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options(N, r, p));
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await scrypt(password.normalize("NFKC"), Buffer.from(salt, "base64"), expected.length, options(Number(n), Number(rr), Number(pp)));
  return crypto.timingSafeEqual(expected, actual);
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
let dummy: Promise<string> | undefined;
export function dummyHash() {
  dummy ??= hashPassword(crypto.randomBytes(16).toString("hex"));
  return dummy;
}
