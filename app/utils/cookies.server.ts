import { env } from "./env.server";

/** The language a visitor last read in. */
export const LANG_COOKIE = "gda_lang";

/** Whether cookies travel over HTTPS only: forced, or by itself when the portal's address is https. */
function secureCookies(): boolean {
  const e = env();
  return e.SECURE_COOKIES || (e.NODE_ENV === "production" && e.PUBLIC_URL.startsWith("https:"));
}

/**
 * A cookie's name as sent. Over HTTPS every cookie carries the `__Host-` prefix: a browser then
 * accepts it only from this very host, with Secure and Path=/ and no Domain, so neither a sibling
 * subdomain nor anyone on a plain-http connection can plant one (a CSRF token of their choosing,
 * a session fixed in advance). A cookie of the bare name is then ignored.
 */
export function cookieName(name: string, secure = secureCookies()): string {
  return secure ? `__Host-${name}` : name;
}

export function readCookie(request: Request, name: string): string | undefined {
  return cookieFrom(request.headers.get("Cookie") ?? undefined, name);
}

/** One cookie's value from a Cookie header. */
export function cookieFrom(header: string | undefined, name: string, secure = secureCookies()): string | undefined {
  if (!header) return undefined;
  name = cookieName(name, secure);
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

type CookieOptions = { maxAgeSeconds?: number; httpOnly?: boolean; secure?: boolean };

export function serializeCookie(name: string, value: string, options: CookieOptions = {}) {
  const secure = options.secure ?? secureCookies();
  const parts = [`${cookieName(name, secure)}=${encodeURIComponent(value)}`, "Path=/", "SameSite=Lax"];
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (secure) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join("; ");
}
