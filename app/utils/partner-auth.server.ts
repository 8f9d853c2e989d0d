import { redirect } from "@remix-run/node";
import { partnerForSession, PARTNER_SESSION_MS } from "~/models/partners.server";
import { readCookie, serializeCookie } from "./cookies.server";
import type { Lang } from "./i18n";

const COOKIE = "gda_partner";

export const partnerSessionToken = (request: Request) => readCookie(request, COOKIE);
export const partnerSessionCookie = (token: string) => serializeCookie(COOKIE, token, { maxAgeSeconds: Math.floor(PARTNER_SESSION_MS / 1000) });
export const clearPartnerSessionCookie = () => serializeCookie(COOKIE, "", { maxAgeSeconds: 0 });

/** Partner pages call this first: without a session, to the sign-in page. */
export function requirePartner(request: Request, lang: Lang) {
  const token = partnerSessionToken(request);
  const partner = token ? partnerForSession(token) : null;
  if (!partner) throw redirect(`/${lang}/partners/sign-in`);
  return partner;
}
