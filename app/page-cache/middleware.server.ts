import type { NextFunction, Request, Response } from "express";
import { env } from "~/utils/env.server";
import { cookieFrom } from "~/utils/cookies.server";
import { CSRF_COOKIE } from "~/utils/csrf.server";
import { csrfFiller, databaseVersions, pageCacheSeconds, servePage, storePage, wasKept, type PageRecord } from "./store.server";

/** Addresses being rendered right now, with the requests waiting for that page to be kept. */
const rendering = new Map<string, ((kept: boolean) => void)[]>();

/**
 * The host server's side of the page cache (store.server.ts): a kept page is served with this
 * response's nonce (`res.locals.cspNonce`) and the visitor's CSRF token; otherwise the page Remix
 * writes is read as it goes out and kept if its route allows (`res.locals.page`, passed to the
 * loaders and to entry.server as `context.page`).
 */
export function pageCacheMiddleware(req: Request, res: Response, next: NextFunction) {
  if (!pageCacheSeconds()) return next();
  if (req.method !== "GET") {
    noteWriter(req.get("cookie"));
    return next();
  }
  serve(req, res, next);
}

/**
 * Visitors (by their CSRF cookie, which every form post carries) who posted in the last
 * `PAGE_CACHE_STALE_MS`: they are never served a page from before their own write.
 */
const writers = new Map<string, number>();
function noteWriter(cookie: string | undefined) {
  const id = cookieFrom(cookie, CSRF_COOKIE);
  if (!id) return;
  const now = Date.now();
  if (writers.size >= 10_000) {
    for (const [w, at] of writers) if (now - at >= env().PAGE_CACHE_STALE_MS) writers.delete(w);
  }
  writers.delete(id);
  if (writers.size < 10_000) writers.set(id, now);
}
function wroteJustNow(cookie: string | undefined, now: number) {
  const id = cookieFrom(cookie, CSRF_COOKIE);
  const at = id === undefined ? undefined : writers.get(id);
  return at !== undefined && now - at < env().PAGE_CACHE_STALE_MS;
}

function serve(req: Request, res: Response, next: NextFunction, wait = true) {
  const key = req.originalUrl;
  const version = databaseVersions();
  const started = Date.now();
  const nonce = String(res.locals.cspNonce ?? "");
  const fresh = wroteJustNow(req.get("cookie"), started);
  const hit = servePage(key, { cookie: req.get("cookie"), nonce, version, fresh, now: started });
  // A page the database has moved past (within PAGE_CACHE_STALE_MS) is served while one request
  // renders its replacement: this one, when no other is rendering it already and the page is older
  // than PAGE_CACHE_REFRESH_MS (so a stream of writes does not have it rendered after every one).
  const resting = hit?.stale && started - hit.renderedAt < env().PAGE_CACHE_REFRESH_MS;
  if (hit && (!hit.stale || rendering.has(key) || resting)) {
    for (const [name, value] of hit.headers) {
      if (name.toLowerCase() === "set-cookie") res.append(name, value);
      else res.setHeader(name, value);
    }
    // Only when the operator asks: it would tell a visitor whether someone else's action wrote.
    if (env().PAGE_CACHE_HEADER) res.setHeader("X-Page-Cache", "hit");
    res.status(200).end(hit.body);
    return;
  }
  // A page kept before and thrown away by a write is rendered once: requests for it meanwhile wait
  // for that one, so twenty readers of a popular page do not all render it at the same moment.
  // (Pages never kept — a registrant's own page, say — are not held up behind one another; and
  // if the render is not kept this time — the page is gone, say — those waiting render at once.)
  if (wait && !fresh && wasKept(key)) {
    const waiting = rendering.get(key);
    if (waiting) {
      waiting.push((kept) => serve(req, res, next, kept));
      return;
    }
    rendering.set(key, []);
  }
  let released = false;
  let stored = false;
  const release = () => {
    if (released) return;
    released = true;
    const waiting = rendering.get(key);
    if (!waiting) return;
    rendering.delete(key);
    for (const resume of waiting) resume(stored);
  };
  res.once("close", release);

  const page: PageRecord = { cacheable: false };
  res.locals.page = page;
  const chunks: Buffer[] = [];
  let size = 0;
  let headers: Record<string, unknown> | undefined;
  // entry.server decides before the first byte is written whether the page may be kept; only
  // then is it copied (not exports, letters or anyone's own pages).
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!page.cacheable || !chunk || typeof chunk === "function" || size > 2 * 1024 * 1024) return;
    headers ??= res.getHeaders();
    const buffer =
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    chunks.push(buffer);
  };
  const write = res.write;
  const end = res.end;
  // The root loader rendered a placeholder where the visitor's CSRF token goes (page.csrf says
  // whose); the page is kept with the placeholder and sent with the token.
  let filler: ReturnType<typeof csrfFiller> | undefined;
  const fill = (chunk: unknown, encoding: unknown) => {
    if (page.csrf === undefined || !chunk || typeof chunk === "function") return chunk;
    filler ??= csrfFiller(page.csrf);
    return filler.push(
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array),
    );
  };
  res.write = function (this: Response, chunk: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, encoding);
    const out = fill(chunk, encoding);
    if (out !== chunk && typeof encoding === "function") return (write as (...args: unknown[]) => boolean).call(this, out, encoding);
    return (write as (...args: unknown[]) => boolean).call(this, out, out !== chunk ? undefined : encoding, callback);
  } as Response["write"];
  res.end = function (this: Response, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, encoding);
    headers ??= res.getHeaders();
    if (page.cacheable && res.statusCode === 200) {
      stored = storePage(key, {
        status: res.statusCode,
        headers,
        body: Buffer.concat(chunks).toString("utf8"),
        nonce,
        page,
        version,
        renderedAt: started,
      });
    }
    if (typeof chunk === "function") [callback, chunk, encoding] = [chunk, undefined, undefined];
    else if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    let last = fill(chunk, encoding);
    if (filler) {
      const rest = filler.flush();
      last = last && last !== chunk ? Buffer.concat([last as Buffer, rest]) : chunk ? last : rest;
      if (last !== chunk) encoding = undefined;
    }
    const result = (end as (...args: unknown[]) => Response).call(this, last, encoding, callback);
    release();
    return result;
  } as Response["end"];
  next();
}
