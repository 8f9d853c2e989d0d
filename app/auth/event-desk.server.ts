import type { LoaderFunctionArgs } from "@remix-run/node";
import { eventByParam } from "~/models/event-editing.server";
import { notFound } from "~/utils/http.server";
import { langParam } from "~/utils/lang.server";
import { requireStaff } from "./staff.server";

/** Who works an event's admin pages: its editors (admins and editors). */
const EVENT_DESK = ["admin", "editor"] as const;

/** An event's admin page: the signed-in admin or editor, and the event the URL names (404 when there is none). */
export function eventDesk(request: Request, params: LoaderFunctionArgs["params"]) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, EVENT_DESK);
  const event = eventByParam(params.id);
  if (!event) throw notFound();
  return { lang, user, event };
}
