/**
 * `export const handle = samePageForEveryone` marks a public page whose content depends on nothing
 * but its address, the database and the clock — not on cookies, sessions or headers — so the
 * server may keep it and serve it again until the database changes (page-cache.server.ts).
 * A page that shows anything of the visitor's own must not carry it.
 */
export const samePageForEveryone = { pageCache: true } as const;
