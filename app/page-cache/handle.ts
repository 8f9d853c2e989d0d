/**
 * `export const handle = samePageForEveryone` marks a public page whose content depends on nothing
 * but its address, the database and the clock — not on cookies, sessions or headers — so the
 * server may keep it and serve it again until the database changes (store.server.ts).
 * A page that shows anything of the visitor's own must not carry it; guard.test.ts checks the loaders.
 */
export const samePageForEveryone = { pageCache: true } as const;

/** Whether a route module's `handle` allows its page to be kept (read by entry.server). */
export function isKeptPage(handle: unknown): boolean {
  return (handle as { pageCache?: unknown } | undefined)?.pageCache === true;
}
