import { networkOf } from "./rate-limit.server";

/**
 * Failed sign-ins, counted per account and per address, with delays that grow with each failure.
 * Only failures count, and a delay is enforced on the addresses that failed: the person with the
 * right password, from their own address, is never refused because someone else guessed wrong
 * (a plain attempt counter let 10 wrong passwords from anywhere lock the real person out).
 * Kept in this process, like the rate limiter: a restart forgets, which errs towards letting in.
 * An address is its network (an IPv6 /64, as the rate limiter counts it): one machine has a whole /64.
 */
type Count = { failures: number; lastAt: number };
const accounts = new Map<string, Count>();
const addresses = new Map<string, Count>();
/** Which addresses failed on which account: the account's delay applies to them only. */
const pairs = new Map<string, Count>();

/** Failures are forgotten a day after the last one. */
const FORGET_MS = 24 * 3_600_000;
const MAX_DELAY_MS = 15 * 60_000;

/** Free attempts, then 1 s, 2 s, 4 s … up to 15 minutes. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(1000 * 2 ** (failures - free), MAX_DELAY_MS);
}

const ACCOUNT_FREE = 5;
// Many people may share one address (an office, a conference network): more free attempts.
const ADDRESS_FREE = 10;

function read(map: Map<string, Count>, key: string, now: number) {
  const c = map.get(key);
  if (c && now - c.lastAt > FORGET_MS) map.delete(key);
  return map.get(key);
}

function waitFor(c: Count | undefined, free: number, now: number) {
  return c ? Math.max(0, c.lastAt + delayAfter(c.failures, free) - now) : 0;
}

/** 0 when this attempt may be checked; otherwise how many milliseconds to wait. */
export function signInWait(email: string, address: string, now = Date.now()): number {
  const account = email.trim().toLowerCase();
  const ip = networkOf(address);
  const byAddress = waitFor(read(addresses, ip, now), ADDRESS_FREE, now);
  const pair = read(pairs, `${account}\n${ip}`, now);
  const byAccount = pair ? waitFor(read(accounts, account, now), ACCOUNT_FREE, now) : 0;
  return Math.max(byAddress, byAccount);
}

export function recordSignInFailure(email: string, address: string, now = Date.now()) {
  const account = email.trim().toLowerCase();
  const ip = networkOf(address);
  for (const [map, key] of [
    [accounts, account],
    [addresses, ip],
    [pairs, `${account}\n${ip}`],
  ] as const) {
    const c = read(map, key, now);
    map.set(key, { failures: (c?.failures ?? 0) + 1, lastAt: now });
  }
}

/**
 * The check and the count at once, before the slow password check: 0 and the attempt counted as a
 * failure (a right password takes it back, recordSignInSuccess), or how long to wait. Checked and
 * counted only after the password, requests sent at once would all pass while the first were checked.
 */
export function claimSignInAttempt(email: string, address: string, now = Date.now()): number {
  const wait = signInWait(email, address, now);
  if (wait === 0) recordSignInFailure(email, address, now);
  return wait;
}

/**
 * A right password clears what this account had against it, and from this address only its own
 * failures: anyone with an account of their own could otherwise sign in between rounds of guesses at
 * other people's and never be made to wait.
 */
export function recordSignInSuccess(email: string, address: string, now = Date.now()) {
  const account = email.trim().toLowerCase();
  const ip = networkOf(address);
  const pair = `${account}\n${ip}`;
  const own = read(pairs, pair, now)?.failures ?? 0;
  accounts.delete(account);
  pairs.delete(pair);
  const counted = read(addresses, ip, now);
  if (counted && counted.failures > own) addresses.set(ip, { failures: counted.failures - own, lastAt: counted.lastAt });
  else addresses.delete(ip);
}

export function resetSignInThrottle() {
  accounts.clear();
  addresses.clear();
  pairs.clear();
}
