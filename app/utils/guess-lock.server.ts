/**
 * Wrong guesses counted per key (a staff session at the check-in desk): after `limit` misses in
 * a window the key is locked until the window ends. Kept in this process, like rate-limit.server:
 * a restart forgets, which errs toward letting staff work.
 */
type Misses = { count: number; resetAt: number };
const misses = new Map<string, Misses>();

export const GUESS_LIMIT = 10;
export const GUESS_WINDOW_MS = 10 * 60_000;

export function lockedUntil(key: string, now = Date.now(), limit = GUESS_LIMIT): number | null {
  const m = misses.get(key);
  if (!m || m.resetAt <= now) return null;
  return m.count >= limit ? m.resetAt : null;
}

export function recordMiss(key: string, now = Date.now()) {
  const m = misses.get(key);
  if (!m || m.resetAt <= now) misses.set(key, { count: 1, resetAt: now + GUESS_WINDOW_MS });
  else m.count += 1;
  if (misses.size > 10_000) for (const [k, v] of misses) if (v.resetAt <= now) misses.delete(k);
}

export function resetGuessLocks() {
  misses.clear();
}
