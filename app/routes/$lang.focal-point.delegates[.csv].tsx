import type { LoaderFunctionArgs } from "@remix-run/node";
import { delegatesOf } from "~/models/focal-point-delegates.server";
import { toCsv } from "~/utils/csv";
import { requireFocalPoint } from "~/auth/focal-point.server";
import { langParam } from "~/utils/lang.server";

/** The focal point's own delegates, with their contact details: only ever their country's. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const fp = requireFocalPoint(request, lang);
  const header = ["event", "eventStartsAt", "firstName", "lastName", "organisation", "jobTitle", "email", "status", "focalPointDecision"];
  const rows = delegatesOf(fp.country).map((d) => [
    d.eventSlug,
    new Date(d.startsAt).toISOString(),
    d.firstName,
    d.lastName,
    d.organisation,
    d.jobTitle,
    d.email,
    d.status,
    d.focalPointDecision ?? "",
  ]);
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="delegates-${fp.country.toLowerCase()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
