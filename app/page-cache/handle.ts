import type { WriteScope } from "~/utils/data-version.server";

/**
 * `export const handle = samePageForEveryone` marks a public page whose content depends on nothing
 * but its address, the database and the clock — not on cookies, sessions or headers — so the
 * server may keep it and serve it again until the database changes (store.server.ts).
 * A page that shows anything of the visitor's own must not carry it; guard.test.ts checks the loaders.
 */
export const samePageForEveryone = { pageCache: true } as const;

/**
 * A kept page with nothing to post (links, and at most a GET filter form, which a browser sends
 * on its own): sent with no JavaScript at all — no scripts, no preloaded modules (root.tsx).
 * Everything on it must work without JavaScript, as every public page already does.
 */
export const samePageForEveryoneWithoutScripts = { pageCache: true, scripts: false } as const;

/**
 * A kept page without scripts that reads nothing a registration changes (endorsers, pledges,
 * emissions, the Member States' list): kept through registrations' writes, as the values it is
 * made of are (`memoThroughRegistrations`, data-version.server.ts). Twenty registrations a second
 * no longer have it rendered again four times a second (decision 016, seventeenth round).
 */
export const samePageThroughRegistrations = { ...samePageForEveryoneWithoutScripts, writes: "outside-registrations" } as const;

/** The same for a kept page with a form, and so with its scripts (a declaration's page). */
export const samePageWithFormThroughRegistrations = { ...samePageForEveryone, writes: "outside-registrations" } as const;

/** The writes that put a kept page out of date (read by entry.server). */
export function keptPageScope(handle: unknown): WriteScope {
  return (handle as { writes?: unknown } | undefined)?.writes === "outside-registrations" ? "outside-registrations" : "all";
}

/** Whether a route module's `handle` allows its page to be kept (read by entry.server). */
export function isKeptPage(handle: unknown): boolean {
  return (handle as { pageCache?: unknown } | undefined)?.pageCache === true;
}

/** Whether a route module's `handle` asks for its page to be sent without JavaScript (read by root.tsx). */
export function isScriptless(handle: unknown): boolean {
  return (handle as { scripts?: unknown } | undefined)?.scripts === false;
}
