import { redirect } from "@remix-run/node";
import { staffUserForSession, type StaffRole, type StaffUser } from "~/models/staff.server";
import { readCookie, serializeCookie } from "~/utils/cookies.server";
import type { Lang } from "~/utils/i18n";
import { SESSION_ABSOLUTE_MS } from "~/models/staff.server";
import { forbidden } from "~/utils/http.server";

const COOKIE = "gda_staff";

export function staffSessionToken(request: Request) {
  return readCookie(request, COOKIE);
}

export function getStaffUser(request: Request): StaffUser | null {
  const token = staffSessionToken(request);
  return token ? staffUserForSession(token) : null;
}

export function staffSessionCookie(token: string) {
  return serializeCookie(COOKIE, token, { maxAgeSeconds: Math.floor(SESSION_ABSOLUTE_MS / 1000) });
}

export function clearStaffSessionCookie() {
  return serializeCookie(COOKIE, "", { maxAgeSeconds: 0 });
}

/**
 * Staff pages call this first. Anonymous visitors go to the sign-in page (and come back after);
 * a signed-in person without one of the roles gets 403.
 */
export function requireStaff(request: Request, lang: Lang, roles?: readonly StaffRole[]): StaffUser {
  const user = getStaffUser(request);
  if (!user) {
    const url = new URL(request.url);
    const next = encodeURIComponent(url.pathname + url.search);
    throw redirect(`/${lang}/admin/sign-in?next=${next}`);
  }
  if (roles && !roles.includes(user.role)) {
    throw forbidden();
  }
  return user;
}
