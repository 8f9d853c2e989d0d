import type { APIRequestContext } from "@playwright/test";
import { E2E_URL } from "./env";

// Posting the portal's forms without a browser: the CSRF token a page hands out, and its cookie.

const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1]!;

/** The CSRF token of the form on `path`, for a Playwright request context (which keeps the cookie). */
export async function csrfFor(request: APIRequestContext, path: string) {
  return csrfOf(await (await request.get(path)).text());
}

/** The same from Node's own HTTP client (for load tests: the figures are the portal's, not the runner's): the token and the cookie to send it with. */
export async function nodeFormSession(path: string) {
  const first = await fetch(`${E2E_URL}${path}`);
  const cookie = first.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, csrf: csrfOf(await first.text()) };
}

/**
 * Confirms a request to join by the link emailed to `email`, as its contact does: only then is the
 * request before the secretariat. Returns the confirmation page's status.
 */
export async function confirmJoinRequest(request: APIRequestContext, lang: string, email: string) {
  const { waitForEmail } = await import("./mail");
  const { tr } = await import("./i18n");
  const mail = await waitForEmail(email, (m) => m.subject === tr(lang, "email:partnerRequestConfirm.subject"));
  const path = new URL(mail.text!.match(/https?:\/\/\S+\/partners\/join\/[A-Za-z0-9_-]{43}/)![0]).pathname;
  return (await request.post(path, { form: { _csrf: await csrfFor(request, path) } })).status();
}
