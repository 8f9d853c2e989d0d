import type { LoaderFunctionArgs } from "@remix-run/node";
import { pledgesCsvRowsForStaff } from "~/models/pledges.server";
import { requireStaff } from "~/auth/staff.server";
import { toCsv } from "~/utils/csv";
import { langParam } from "~/utils/lang.server";

/** Every pledge whatever its status, with the partner's contacts: staff only, never cached. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "reviewer"]);
  const header = [
    "id",
    "status",
    "organisation",
    "country",
    "kind",
    "title",
    "metric",
    "unit",
    "baseline_year",
    "baseline_value",
    "target_year",
    "target_value",
    "contacts",
    "submitted_at",
  ];
  return new Response(toCsv(header, pledgesCsvRowsForStaff()), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="pledges-staff.csv"', "Cache-Control": "no-store" },
  });
}
