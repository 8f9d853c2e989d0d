import { cookieFrom, LANG_COOKIE, serializeCookie } from "./cookies.server";
import { csrfTokenFrom } from "./csrf.server";

/**
 * What every page gives a visitor of their own: the CSRF token its forms carry (made, with its
 * cookie, on the first visit) and a cookie remembering the language they read in, so "/" brings
 * them back to it. Used by the root loader and when a kept page is served again.
 */
export function visitorCookies(cookieHeader: string | undefined, langFromUrl: string | undefined) {
  const setCookies: string[] = [];
  const csrf = csrfTokenFrom(cookieHeader);
  if (csrf.setCookie) setCookies.push(csrf.setCookie);
  if (langFromUrl && cookieFrom(cookieHeader, LANG_COOKIE) !== langFromUrl) {
    setCookies.push(serializeCookie(LANG_COOKIE, langFromUrl, { maxAgeSeconds: 365 * 24 * 3600 }));
  }
  return { csrf: csrf.token, setCookies };
}
