import { env } from "./env.server";
import { networkOf } from "./rate-limit.server";

/**
 * How many letters one address has left waiting for verification (kept in this process, like the
 * rate limiter), an IPv6 address by its /64. An unverified letter lives at most as long as its link: 48 hours.
 */
const WAIT_MS = 48 * 3_600_000;
const uploads = new Map<string, number[]>();

export function letterQuotaReached(clientIp: string, now = Date.now()): boolean {
  const ip = networkOf(clientIp);
  const recent = (uploads.get(ip) ?? []).filter((at) => now - at < WAIT_MS);
  if (recent.length) uploads.set(ip, recent);
  else uploads.delete(ip);
  return recent.length >= env().UNVERIFIED_LETTERS_PER_IP;
}

export function countLetterUpload(clientIp: string, now = Date.now()) {
  const ip = networkOf(clientIp);
  uploads.set(ip, [...(uploads.get(ip) ?? []), now]);
}

export function resetLetterQuota() {
  uploads.clear();
}
