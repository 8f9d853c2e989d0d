import { redirect } from "@remix-run/node";
import { focalPointForSession, FOCAL_POINT_SESSION_MS } from "~/models/focal-points.server";
import { readCookie, serializeCookie } from "~/utils/cookies.server";
import type { Lang } from "~/utils/i18n";

// As partner-auth.server.ts: the cookie, and the one check every focal-point page makes first.
const COOKIE = "gda_focal_point";

export const focalPointSessionCookie = (token: string) =>
  serializeCookie(COOKIE, token, {
    maxAgeSeconds: Math.floor(FOCAL_POINT_SESSION_MS / 1000),
  });

export const focalPointSessionToken = (request: Request) => readCookie(request, COOKIE);
export const clearFocalPointSessionCookie = () => serializeCookie(COOKIE, "", { maxAgeSeconds: 0 });

/** Without a live session, to the sign-in page; with one, the focal point (and so their one country). */
export function requireFocalPoint(request: Request, lang: Lang) {
  const token = focalPointSessionToken(request);
  const fp = token ? focalPointForSession(token) : null;
  if (!fp) throw redirect(`/${lang}/focal-point/sign-in`);
  return fp;
}
