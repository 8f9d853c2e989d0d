import { data, redirect } from "@remix-run/node";
import { linkStatus, type LinkState } from "~/models/sign-in-links.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { readForm } from "~/utils/form-body.server";

/**
 * The two halves of an emailed sign-in link that partners and focal points share. The link's page
 * answers with its state (and the status that goes with it); only its button signs in, so a mail
 * scanner that opens the link uses nothing up.
 */
export function linkPage<M>(state: LinkState, meta: M) {
  return data({ state, meta }, { status: linkStatus[state], headers: { "Cache-Control": "no-store" } });
}

/** The button's POST: CSRF, then the model redeems the link; a session cookie and a redirect when it worked. */
export async function redeemLink(
  request: Request,
  redeem: () => { ok: true; session: string } | { ok: false; state: LinkState },
  signedIn: (session: string) => { to: string; cookie: string },
) {
  // A body that is not a form (JSON, broken multipart) has no token: refused below as a 403, not a 500.
  const form = (await readForm(request)) ?? new FormData();
  if (!isCsrfValid(request, form)) return data({ state: "unknown" as LinkState }, { status: 403 });
  const result = redeem();
  if (!result.ok) return data({ state: result.state }, { status: linkStatus[result.state] });
  const { to, cookie } = signedIn(result.session);
  return redirect(to, { headers: { "Set-Cookie": cookie } });
}
