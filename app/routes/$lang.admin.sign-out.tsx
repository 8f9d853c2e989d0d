import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { revokeStaffSession } from "~/models/staff.server";
import { clearStaffSessionCookie, staffSessionToken } from "~/auth/staff.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { langParam } from "~/utils/lang.server";
import { forbidden, methodNotAllowed } from "~/utils/http.server";
import { readForm } from "~/utils/form-body.server";

/** Sign-out revokes the session on the server, not only the cookie. */
export async function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  // A body that is not a form (JSON, broken multipart) has no token: refused below as a 403, not a 500.
  const form = (await readForm(request)) ?? new FormData();
  if (!isCsrfValid(request, form)) throw forbidden();
  const token = staffSessionToken(request);
  if (token) revokeStaffSession(token);
  return redirect(`/${lang}/admin/sign-in`, { headers: { "Set-Cookie": clearStaffSessionCookie() } });
}

export function loader() {
  throw methodNotAllowed();
}
