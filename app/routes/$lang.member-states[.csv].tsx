import type { LoaderFunctionArgs } from "@remix-run/node";
import { memberStatesOpenData } from "~/models/member-states.server";
import { countryName } from "~/utils/country-options";
import { toCsv } from "~/utils/csv";
import { langParam } from "~/utils/lang.server";

/** One row per Member State; names in the page's language, cells made formula-safe by toCsv. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const rows = memberStatesOpenData();
  const slugs = rows[0]?.declarations.map((d) => d.slug) ?? [];
  const header = ["iso2", "name", "region", ...slugs.flatMap((s) => [`${s}:status`, `${s}:verifiedBy`, `${s}:approvedOn`])];
  const body = rows.map((r) => [r.iso2, countryName(lang, r.iso2), r.region, ...r.declarations.flatMap((d) => [d.status, d.verifiedBy, d.approvedOn])]);
  return new Response(toCsv(header, body), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="member-states.csv"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
