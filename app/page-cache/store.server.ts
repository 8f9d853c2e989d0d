import type { WriteScope } from "~/utils/data-version.server";
import { env } from "~/utils/env.server";
import { CSRF_SLOT } from "~/utils/csrf.server";
import { visitorCookies } from "~/utils/visitor.server";

/**
 * Public pages rendered once and served again from memory until the database changes.
 *
 * Only pages that say so (`handle = samePageForEveryone`, see handle.ts) are kept: their content
 * depends on nothing but the address, the database and the clock — never on who asks. Two things
 * in such a page are the visitor's own, and are put back on every serving: the CSP nonce (fresh per
 * response) and the CSRF token of the forms (the visitor's cookie, or a new one with its cookie).
 * The token is rendered as a placeholder (`CSRF_SLOT`) that the server fills in as the page goes
 * out — never found by searching the page for the cookie's value, which a visitor could choose.
 *
 * A kept page is out of date when any connection commits a write (SQLite's `data_version` for
 * other connections and processes, `total_changes()` for this one), and gone after
 * `PAGE_CACHE_SECONDS` (default 15), which bounds how long a page that depends on the clock (a
 * registration deadline passing, a milestone falling due) may lag. `PAGE_CACHE_SECONDS=0` turns it off.
 *
 * An out-of-date page rendered less than `PAGE_CACHE_STALE_MS` ago (default 2,000) may still be
 * served while one request renders its replacement (the host server decides, middleware.server.ts):
 * when writes arrive many times a second, readers would otherwise wait on a render after each one.
 * What a reader sees is then never older than that bound; older ones are dropped as before.
 */

/**
 * `csrf`: the token of the visitor being served, written where the page says `CSRF_SLOT`; `scope`:
 * the writes that put the page out of date (handle.ts, `keptPageScope`).
 */
export type PageRecord = { cacheable: boolean; csrf?: string; lang?: string; scope?: WriteScope };
/** The database's version: one for every page, or one per scope of writes (`databaseVersions`). */
export type Version = string | Record<WriteScope, string>;
const versionFor = (version: Version, scope: WriteScope) => (typeof version === "string" ? version : version[scope]);

type Entry = {
  /** The body, as bytes, cut where the nonce and the CSRF token stood. */
  parts: Buffer[];
  slots: ("nonce" | "csrf")[];
  headers: [string, string][];
  version: string;
  scope: WriteScope;
  /** When the request that rendered it started: its data is at least this recent. */
  renderedAt: number;
  expires: number;
  hasRoot: boolean;
  lang?: string;
  bytes: number;
};

/** `stale`: the database has changed since it was rendered (within `PAGE_CACHE_STALE_MS`). */
export type ServedPage = { headers: [string, string][]; body: Buffer; stale: boolean; renderedAt: number };

const MAX_ENTRIES = 300;
const MAX_ENTRY_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** Headers that belong to one response, never to a kept page. */
const PER_RESPONSE = new Set([
  "set-cookie",
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "etag",
  "date",
  "connection",
  "vary",
]);

const entries = new Map<string, Entry>();
let totalBytes = 0;
/** Addresses whose page has been kept at least once (so it may be again), for the host server. */
const keptKeys = new Set<string>();

export const wasKept = (key: string) => keptKeys.has(key);

function forget(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  totalBytes -= entry.bytes;
  entries.delete(key);
}

export function pageCacheSeconds() {
  return env().PAGE_CACHE_SECONDS;
}

export { databaseVersion, databaseVersions } from "~/utils/data-version.server";

/** Forget every kept page (tests start each case from none). */
export function resetPageCache() {
  entries.clear();
  keptKeys.clear();
  totalBytes = 0;
}

/** Cut `body` at every occurrence of the given values, remembering which value stood where. */
export function cutAt(body: string, values: { nonce?: string; csrf?: string }) {
  const marks: { at: number; slot: "nonce" | "csrf"; length: number }[] = [];
  for (const slot of ["nonce", "csrf"] as const) {
    const value = values[slot];
    if (!value) continue;
    for (let at = body.indexOf(value); at >= 0; at = body.indexOf(value, at + value.length)) {
      marks.push({ at, slot, length: value.length });
    }
  }
  marks.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  const slots: ("nonce" | "csrf")[] = [];
  let from = 0;
  for (const mark of marks) {
    parts.push(body.slice(from, mark.at));
    slots.push(mark.slot);
    from = mark.at + mark.length;
  }
  parts.push(body.slice(from));
  return { parts, slots };
}

/** The page's bytes with this response's values where the cut was made (copied once, not re-encoded). */
export function joinAt(parts: Buffer[], slots: ("nonce" | "csrf")[], values: { nonce: string; csrf: string }): Buffer {
  const nonce = Buffer.from(values.nonce);
  const csrf = Buffer.from(values.csrf);
  const list: Buffer[] = [parts[0]];
  let length = parts[0].length;
  for (let i = 0; i < slots.length; i++) {
    const value = slots[i] === "nonce" ? nonce : csrf;
    list.push(value, parts[i + 1]);
    length += value.length + parts[i + 1].length;
  }
  return Buffer.concat(list, length);
}

/** Keep a rendered page, if its route allows it and the response is a plain 200 page. */
export function storePage(
  key: string,
  response: {
    status: number;
    headers: Record<string, unknown>;
    body: string;
    nonce: string;
    page: PageRecord;
    version: Version;
    /** When the request that rendered it started (default: now). */
    renderedAt?: number;
    now?: number;
  },
) {
  const seconds = pageCacheSeconds();
  if (!seconds || !response.page.cacheable || response.status !== 200) return false;
  const bytes = Buffer.byteLength(response.body);
  if (bytes > MAX_ENTRY_BYTES) return false;
  const cacheControl = String(response.headers["cache-control"] ?? "");
  // Every page says no-store to browsers and proxies (it carries a token); "private" is what a
  // route says when the page is someone's own.
  if (/private/.test(cacheControl)) return false;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.headers)) {
    if (PER_RESPONSE.has(name.toLowerCase()) || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.push([name, String(v)]);
  }
  const { parts, slots } = cutAt(response.body, { nonce: response.nonce, csrf: response.page.csrf === undefined ? undefined : CSRF_SLOT });
  forget(key);
  entries.set(key, {
    parts: parts.map((part) => Buffer.from(part)),
    slots,
    headers,
    version: versionFor(response.version, response.page.scope ?? "all"),
    scope: response.page.scope ?? "all",
    renderedAt: response.renderedAt ?? response.now ?? Date.now(),
    expires: (response.now ?? Date.now()) + seconds * 1000,
    hasRoot: response.page.csrf !== undefined,
    lang: response.page.lang,
    bytes,
  });
  totalBytes += bytes;
  if (keptKeys.size >= 10 * MAX_ENTRIES) keptKeys.clear();
  keptKeys.add(key);
  // The oldest kept pages go first when there are too many or they take too much memory.
  while (entries.size > MAX_ENTRIES || totalBytes > MAX_TOTAL_BYTES) forget(entries.keys().next().value!);
  return true;
}

/**
 * The kept page for this address, made the visitor's own; undefined when there is none, or it is
 * out of date and was rendered longer than `PAGE_CACHE_STALE_MS` ago (or `fresh` is asked for).
 */
export function servePage(key: string, request: { cookie?: string; nonce: string; version: Version; now?: number; fresh?: boolean }): ServedPage | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  const now = request.now ?? Date.now();
  const stale = entry.version !== versionFor(request.version, entry.scope);
  if (entry.expires <= now || (stale && now - entry.renderedAt >= env().PAGE_CACHE_STALE_MS)) {
    forget(key);
    return undefined;
  }
  // Someone who has just written gets the page as their write left it; others may still use this one.
  if (stale && request.fresh) return undefined;
  // The most recently served stay longest.
  entries.delete(key);
  entries.set(key, entry);
  const headers = entry.headers.slice();
  let csrf = "";
  if (entry.hasRoot) {
    const visitor = visitorCookies(request.cookie, entry.lang);
    csrf = visitor.csrf;
    for (const cookie of visitor.setCookies) headers.push(["Set-Cookie", cookie]);
  }
  return { headers, body: joinAt(entry.parts, entry.slots, { nonce: request.nonce, csrf }), stale, renderedAt: entry.renderedAt };
}

export function pageCacheSize() {
  return entries.size;
}

/** Fills the CSRF placeholder of a page being rendered, across the chunks it is written in. */
export function csrfFiller(token: string) {
  let held = "";
  const fill = (text: string) => text.split(CSRF_SLOT).join(token);
  return {
    push(chunk: Buffer): Buffer {
      // latin1 maps bytes one to one, so a character split between chunks is not damaged.
      const text = held + chunk.toString("latin1");
      const cut = Math.max(0, text.length - (CSRF_SLOT.length - 1));
      const at = text.lastIndexOf(CSRF_SLOT);
      const keepFrom = at >= 0 && at + CSRF_SLOT.length > cut ? at + CSRF_SLOT.length : cut;
      held = text.slice(keepFrom);
      return Buffer.from(fill(text.slice(0, keepFrom)), "latin1");
    },
    flush(): Buffer {
      const rest = held;
      held = "";
      return Buffer.from(fill(rest), "latin1");
    },
  };
}

export function pageCacheBytes() {
  return totalBytes;
}
