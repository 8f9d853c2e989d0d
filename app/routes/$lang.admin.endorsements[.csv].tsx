import type { LoaderFunctionArgs } from "@remix-run/node";
import { endorsementsCsvForStaff } from "~/models/endorsement-review.server";
import { requireStaff } from "~/auth/staff.server";
import { langParam } from "~/utils/lang.server";

/** Every endorsement with contact details: staff only, never cached. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "reviewer"]);
  return new Response(endorsementsCsvForStaff(), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="endorsements.csv"', "Cache-Control": "no-store" },
  });
}
