import crypto from "node:crypto";
import { cookieFrom, readCookie, serializeCookie } from "./cookies.server";
import { keyedToken } from "./secret.server";
import { newToken } from "./tokens.server";

export const CSRF_COOKIE = "gda_csrf";
const COOKIE = CSRF_COOKIE;
export const CSRF_FIELD = "_csrf";

/**
 * What a kept page carries where the visitor's token goes; the server puts each visitor's own
 * token there as it sends the page (page-cache.server). Nothing a visitor sends can equal it, and
 * it is as long as a token, so a Content-Length stays true.
 */
export const CSRF_SLOT = `gda-csrf-slot-${crypto.randomBytes(40).toString("hex")}`.slice(0, 87);

/** A token this server minted: a random part and its HMAC under the portal's secret. */
function mint(): string {
  const random = newToken();
  return `${random}.${keyedToken("csrf", random)}`;
}

/** True only for a token this server minted (a cookie a visitor chose is not one). */
export function isMintedCsrfToken(value: string | undefined): value is string {
  if (!value || !/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/.test(value)) return false;
  const [random, mac] = value.split(".");
  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(keyedToken("csrf", random)));
}

/** The visitor's CSRF token, and a Set-Cookie header when it had to be made. */
export function csrfToken(request: Request): { token: string; setCookie?: string } {
  return csrfTokenFrom(request.headers.get("Cookie") ?? undefined);
}

export function csrfTokenFrom(cookieHeader: string | undefined): { token: string; setCookie?: string } {
  const existing = cookieFrom(cookieHeader, COOKIE);
  if (isMintedCsrfToken(existing)) return { token: existing };
  const token = mint();
  return { token, setCookie: serializeCookie(COOKIE, token) };
}

/**
 * No Origin (older clients, same-origin navigations by some browsers) or this site's own. `null`
 * is what sandboxed frames, data: pages and privacy redirects send: never a form of ours.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("Origin");
  return !origin || origin === new URL(request.url).origin;
}

/** Without the cookie no token can match: refused before the body is read. */
export function hasCsrfCookie(request: Request): boolean {
  return !!readCookie(request, COOKIE);
}

/** Double-submit check: the form's token must equal the cookie's, which this server must have minted; a cross-site Origin is refused. */
export function isCsrfValid(request: Request, form: FormData): boolean {
  if (!isSameOrigin(request)) return false;
  const cookie = readCookie(request, COOKIE);
  const field = form.get(CSRF_FIELD);
  if (!isMintedCsrfToken(cookie) || typeof field !== "string" || field.length !== cookie.length) return false;
  return crypto.timingSafeEqual(Buffer.from(cookie), Buffer.from(field));
}
