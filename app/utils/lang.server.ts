import type { Params } from "@remix-run/react";
import { isLang, type Lang } from "./i18n";
import { notFound } from "./http.server";

/** The language of a /:lang/… URL; an unknown prefix is a 404. */
export function langParam(params: Params): Lang {
  if (!isLang(params.lang)) throw notFound();
  return params.lang;
}

/**
 * Where to go after signing in: a path of this site under `prefix` (e.g. `/fr/partners/`), never
 * another site (`//host`, `/\host`) — else `fallback`. Only printable ASCII, as a browser sends a
 * path (percent-encoded): a Location header cannot carry other characters, and one would be a 500
 * after the sign-in link was already spent.
 */
export function safeNext(next: unknown, prefix: string, fallback: string): string {
  if (typeof next !== "string" || next.length > 500) return fallback;
  if (!next.startsWith(prefix) || next.startsWith("//") || /[\\\s]|[^\x21-\x7e]/.test(next)) return fallback;
  return next;
}
