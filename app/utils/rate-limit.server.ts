import { env } from "./env.server";

type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();
let lastSweep = 0;

/**
 * Fixed-window counter kept in this process: enough for one server, and it forgets on restart,
 * which errs on the side of letting people through.
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

export function resetRateLimits() {
  windows.clear();
}
