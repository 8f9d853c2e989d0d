import type { LoaderFunctionArgs } from "@remix-run/node";
import { registrantsCsv } from "~/models/registrants-csv.server";
import { requireStaff } from "~/auth/staff.server";
import { langParam } from "~/utils/lang.server";
import { notFound } from "~/utils/http.server";

/** The registrant list with contact details: staff only, never cached. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "editor"]);
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  return new Response(registrantsCsv(id, lang), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="registrants-event-${id}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
