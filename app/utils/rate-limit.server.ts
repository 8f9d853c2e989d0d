import { env } from "./env.server";

type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();
let lastSweep = 0;

/**
 * Fixed-window counter kept in this process: enough for one server, and it forgets on restart,
 * which errs on the side of letting people through. Callers key a client by `networkOf` its address:
 * an IPv6 /64 is one client, or anyone given one could step through its addresses.
 */
export function hitRateLimit(bucket: string, key: string, limit: number, now = Date.now()): boolean {
  const windowMs = env().RATE_LIMIT_WINDOW_SECONDS * 1000;
  if (now - lastSweep > windowMs) {
    for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
    lastSweep = now;
  }
  const id = `${bucket}:${key}`;
  const current = windows.get(id);
  if (!current || current.resetAt <= now) {
    windows.set(id, { count: 1, resetAt: now + windowMs });
    return false;
  }
  current.count += 1;
  return current.count > limit;
}

/**
 * Whether a registration from this network address may hold a seat before its address is proven:
 * at most SEAT_HOLDS_PER_ADDRESS at one event in a hold's lifetime. Past them a script cannot keep an
 * event full of made-up addresses (a hold lasts SEAT_HOLD_MINUTES, and the next in line gets one);
 * the registration still counts, and takes a free seat or a place in line once its address is proven.
 * An IPv6 address counts by its /64, which one household or office is given whole.
 */
export function mayHoldSeat(eventId: number, clientIp: string, now = Date.now()): boolean {
  const { SEAT_HOLDS_PER_ADDRESS, SEAT_HOLD_MINUTES } = env();
  // The times of the holds given in the last hold's lifetime (a sliding window: five just before a
  // fixed window's end and five just after would be ten holds at once).
  const key = `${eventId}:${networkOf(clientIp)}`;
  const since = now - SEAT_HOLD_MINUTES * 60_000;
  const given = (holdsGiven.get(key) ?? []).filter((at) => at > since);
  // Addresses whose holds have all lapsed are forgotten, in one pass a minute at most.
  if (now - lastHoldsSweep > 60_000) {
    for (const [k, times] of holdsGiven) if (!times.some((at) => at > since)) holdsGiven.delete(k);
    lastHoldsSweep = now;
  }
  if (given.length >= SEAT_HOLDS_PER_ADDRESS) {
    holdsGiven.set(key, given);
    return false;
  }
  holdsGiven.set(key, [...given, now]);
  return true;
}
const holdsGiven = new Map<string, number[]>();
let lastHoldsSweep = 0;

/** An IPv4 address as it is; an IPv6 address by its first four groups (its /64). */
export function networkOf(ip: string): string {
  if (!ip.includes(":") || /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const front = head ? head.split(":") : [];
  const back = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill("0"), ...back] : front;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function resetRateLimits() {
  windows.clear();
  holdsGiven.clear();
}
