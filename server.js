// The production server: Remix behind Express, which is the one place for per-request
// security headers, the client's address (for rate limits), compression and body limits.
// First: it patches Remix's router as Node loads it (the routes ranked once, not on every request).
import "./server/remember-route-matches.js";
// And the requests Remix copies for each loader and action, passed as they came when there is nothing to strip (pass-requests-through.js).
import "./server/pass-requests-through.js";
// And the route tree Remix builds for each page, built once (remember-server-routes.js says why).
import "./server/remember-server-routes.js";
// And the page data Remix encodes for the browser, encoded only when a page with scripts reads it (encode-when-read.js).
import "./server/encode-when-read.js";
import fs from "node:fs";
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import { defaultLanguage, languageTable } from "./locales/languages.js";

// React and Remix pick their development builds (several times slower) unless told otherwise.
process.env.NODE_ENV ??= "production";
const build = await import("./build/index.js");
let config;
try {
  config = await build.entry.module.bootstrap();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const MAX_BODY_BYTES = config.maxBodyBytes;
// Uploads (official letters up to 10 MB) may be larger; the action itself refuses files over 10 MB
// with a localized message, so this limit sits well above it.
const MAX_UPLOAD_BYTES = config.maxUploadBytes;
// Only the forms that take a file may send that much: an endorsement's official letter, a
// programme's materials, a list of invitees. Elsewhere a multipart body is held to MAX_BODY_BYTES,
// so that a token link or a sign-in form is not made to read 16 MB before its checks. With
// JavaScript, Remix posts a form to its page's address with ".data" added (single fetch).
const UPLOAD_PATHS = /^\/[a-z]{2}\/(declarations\/[^/]+|admin\/events\/\d+\/(types|programme)(\.data)?)\/?$/;
// The messages the server itself writes, in the language of the address, from the locale files.
const errorTexts = Object.fromEntries(
  languageTable.map(({ code }) => {
    const common = JSON.parse(fs.readFileSync(`locales/${code}/common.json`, "utf8"));
    return [code, { ...common.errors, badAddress: common.errorPage.notFound.body }];
  }),
);
function sendError(req, res, status, key) {
  const { code: lang, dir } =
    languageTable.find(({ code }) => req.path === `/${code}` || req.path.startsWith(`/${code}/`)) ?? languageTable.find(({ code }) => code === defaultLanguage);
  const text = errorTexts[lang][key].replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  res.set("Connection", "close");
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${status}</title></head><body><main><p role="alert">${text}</p></main></body></html>`,
    );
}
const sendTooLarge = (req, res) => sendError(req, res, 413, "payloadTooLarge");
const DRAIN_BYTES = 4 * 1024 * 1024;

/**
 * A form posted from another site (or with a malformed Origin) is refused here with a localized
 * 403: Remix would otherwise throw on it, which is a 500. `Origin: null` (a sandboxed frame, a
 * data: page) is never one of the portal's own forms.
 */
function isCrossOrigin(req) {
  const origin = req.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  let host;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = req.get("x-forwarded-host")?.split(",")[0]?.trim();
  return host !== (forwarded || req.get("host"));
}

const ANSWERED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The staff page that scans check-in codes with the phone's camera (app/routes/$lang.admin.events.$id_.check-in). */
const CHECK_IN_DESK = /^\/[a-z]{2}\/admin\/events\/\d+\/check-in\/?$/;

const app = express();
app.disable("x-powered-by");
// Counted first: the outbox deliverer steps aside while requests are being answered.
app.use(build.entry.module.countRequests);
// Checked and typed in app/utils/env.server.ts: "1" is one hop there, not the address 0.0.0.1.
if (config.trustProxy !== undefined) {
  try {
    app.set("trust proxy", config.trustProxy);
  } catch (error) {
    console.error(`Invalid environment variable(s):\n  TRUST_PROXY: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
app.use(compression());

app.use((req, res, next) => {
  const nonce = build.entry.module.cspNonce();
  res.locals.cspNonce = nonce;
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  if (config.hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  // The camera for the check-in desk alone (it scans QR codes); every other page may not ask for it.
  res.setHeader("Permissions-Policy", `camera=(${CHECK_IN_DESK.test(req.path) ? "self" : ""}), microphone=(), geolocation=()`);
  // Methods a web Request cannot carry (TRACE, TRACK, CONNECT) or no page answers: Remix would throw on them, a 500.
  if (!ANSWERED_METHODS.has(req.method)) {
    res.set("Allow", "GET, HEAD, POST");
    return sendError(req, res, 405, "methodNotAllowed");
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    if (isCrossOrigin(req)) {
      sendError(req, res, 403, "csrf");
      return;
    }
    const upload = String(req.headers["content-type"] ?? "").startsWith("multipart/form-data") && UPLOAD_PATHS.test(req.path);
    const limit = upload ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
    const length = Number(req.headers["content-length"] ?? NaN);
    if (Number.isFinite(length) && length > limit) {
      // A body a little over the limit is read and dropped before the 413, so that the sender reads
      // the answer rather than a broken pipe (the socket closed under it while it still wrote).
      // Far over it, the connection is cut at once.
      if (length > limit + DRAIN_BYTES) return sendTooLarge(req, res);
      req.once("end", () => sendTooLarge(req, res));
      req.resume();
      return;
    }
    // Without a declared length, count as the body arrives and stop past the limit.
    let seen = 0;
    const countBytes = (chunk) => {
      seen += chunk.length;
      if (seen > limit) req.destroy();
    };
    req.on("data", countBytes);
    // A page may answer without reading the whole body (a 405, a form refused before it is read).
    // Remix's reader pauses the request once ~100 kB wait unread, and Node then never reads the
    // next request on this kept-alive connection: the rest of the body is read and dropped.
    res.once("finish", () => {
      if (req.complete || req.destroyed) return;
      for (const listener of req.listeners("data")) if (listener !== countBytes) req.off("data", listener);
      req.resume();
    });
  }
  next();
});

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
// Other files in public/ all have an extension; a page address has none, and is not looked up on
// disk (a stat per page request, measured at 8 % of a kept page's time).
const publicFiles = express.static("public", { maxAge: "1h" });
app.use((req, res, next) => (/\.[a-z0-9]+$/i.test(req.path) ? publicFiles(req, res, next) : next()));

// Public pages kept in memory until the database changes (app/page-cache/middleware.server.ts).
app.use(build.entry.module.pageCacheMiddleware);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV === "development" ? "development" : "production",
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? "unknown", page: res.locals.page }),
  }),
);

// Express answers an address it cannot decode (/ar/events/%ff: a broken percent-escape) with its
// own English "Bad Request" page; it gets the portal's localized one, in the address's language.
app.use((error, req, res, next) => {
  if (res.headersSent || !(error instanceof URIError || error?.status === 400)) return next(error);
  sendError(req, res, 400, "badAddress");
});

const server = app.listen(config.port, config.host, () => {
  console.log(`Green Digital Action portal on http://localhost:${config.port}`);
});
// An idle kept-alive connection is closed after 65 s, not Node's 5 s: a client (or a proxy in front) that
// sends on it just as the server closes it gets a reset, not an answer. Proxies keep theirs for 60 s.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
