import crypto from "node:crypto";
import { cookieFrom, readCookie, serializeCookie } from "./cookies.server";
import { isTokenShaped, newToken } from "./tokens.server";

const COOKIE = "gda_csrf";
export const CSRF_FIELD = "_csrf";

/** The visitor's CSRF token, and a Set-Cookie header when it had to be made. */
export function csrfToken(request: Request): { token: string; setCookie?: string } {
  return csrfTokenFrom(request.headers.get("Cookie") ?? undefined);
}

export function csrfTokenFrom(cookieHeader: string | undefined): { token: string; setCookie?: string } {
  const existing = cookieFrom(cookieHeader, COOKIE);
  if (existing && isTokenShaped(existing)) return { token: existing };
  const token = newToken();
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

/** Double-submit check: the form's token must equal the cookie's, and a cross-site Origin is refused. */
export function isCsrfValid(request: Request, form: FormData): boolean {
  if (!isSameOrigin(request)) return false;
  const cookie = readCookie(request, COOKIE);
  const field = form.get(CSRF_FIELD);
  if (!cookie || typeof field !== "string" || field.length !== cookie.length) return false;
  return crypto.timingSafeEqual(Buffer.from(cookie), Buffer.from(field));
}
