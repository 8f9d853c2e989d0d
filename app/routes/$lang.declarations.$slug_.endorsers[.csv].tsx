import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/utils/csv";
import { endorsersOf } from "~/routes/$lang.declarations.$slug_.endorsers/view.server";
import { langParam } from "~/utils/lang.server";

/** Open data as CSV, the same public fields as the JSON. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { declaration, shown } = endorsersOf(params.slug ?? "", lang, new URL(request.url).searchParams);
  const csv = toCsv(
    ["name", "category", "country", "region", "statement", "verified", "approved_at"],
    shown.map((e) => [e.name, e.category, e.country, e.region, e.statement ?? "", e.verified ? "yes" : "no", new Date(e.approvedAt).toISOString()]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${declaration.slug}-endorsers.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
