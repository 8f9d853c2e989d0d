import { env } from "./env.server";

/** The language a visitor last read in. */
export const LANG_COOKIE = "gda_lang";

export function readCookie(request: Request, name: string): string | undefined {
  return cookieFrom(request.headers.get("Cookie") ?? undefined, name);
}

/** One cookie's value from a Cookie header. */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
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

type CookieOptions = { maxAgeSeconds?: number; httpOnly?: boolean };

export function serializeCookie(name: string, value: string, options: CookieOptions = {}) {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "SameSite=Lax"];
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (env().SECURE_COOKIES || (env().NODE_ENV === "production" && env().PUBLIC_URL.startsWith("https:"))) {
    parts.push("Secure");
  }
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join("; ");
}
