import { redirect } from "@remix-run/node";
import { partnerForSession, PARTNER_SESSION_MS } from "~/models/partners.server";
import { readCookie, serializeCookie } from "~/utils/cookies.server";
import type { Lang } from "~/utils/i18n";
import { safeNext } from "~/utils/lang.server";

const COOKIE = "gda_partner";

export const partnerSessionToken = (request: Request) => readCookie(request, COOKIE);
export const partnerSessionCookie = (token: string) => serializeCookie(COOKIE, token, { maxAgeSeconds: Math.floor(PARTNER_SESSION_MS / 1000) });
export const clearPartnerSessionCookie = () => serializeCookie(COOKIE, "", { maxAgeSeconds: 0 });

/** Partner pages call this first: without a session, to the sign-in page, and back here after it. */
export function requirePartner(request: Request, lang: Lang) {
  const token = partnerSessionToken(request);
  const partner = token ? partnerForSession(token) : null;
  if (!partner) {
    const { pathname, search } = new URL(request.url);
    const here = request.method === "GET" ? pathname + search : pathname;
    const next = here === `/${lang}/partners/account` ? "" : `?next=${encodeURIComponent(here)}`;
    throw redirect(`/${lang}/partners/sign-in${next}`);
  }
  return partner;
}

/** Where a partner goes once signed in: the partner page they were sent from, else their account. */
export const partnerNext = (next: unknown, lang: Lang) => safeNext(next, `/${lang}/partners/`, `/${lang}/partners/account`);
