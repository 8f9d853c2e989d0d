import type { ActionFunctionArgs } from "@remix-run/node";
import { getStaffUser } from "~/auth/staff.server";
import { checkInEvent } from "~/models/check-in.server";
import { langParam } from "~/utils/lang.server";
import { notFound } from "~/utils/http.server";
import { CHECK_IN_ROLES, handleCheckIn } from "./$lang.admin.events.$id_.check-in/answer.server";

/**
 * The check-in page's script posts here (and its offline queue, when the network returns). The
 * answer is JSON, never a redirect to the sign-in page: a phone whose session ended keeps the
 * queued codes and says so, instead of reading a page of HTML as an answer.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = getStaffUser(request);
  if (!user || !CHECK_IN_ROLES.includes(user.role as (typeof CHECK_IN_ROLES)[number])) {
    return Response.json({ signedOut: true }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const event = checkInEvent(Number(params.id));
  if (!event) throw notFound();
  const { status, answer } = await handleCheckIn({ request, context, lang, user, event });
  return Response.json(answer, { status, headers: { "Cache-Control": "no-store" } });
}

export function loader() {
  throw notFound();
}
