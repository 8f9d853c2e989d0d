import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/utils/csv";
import { langParam } from "~/utils/lang.server";
import { pledgeOpenData } from "~/models/pledge-open-data.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  const rows = pledgeOpenData();
  const header = [
    "id",
    "organisation",
    "organisationType",
    "country",
    "pillar",
    "kind",
    "title",
    "language",
    "metric",
    "unit",
    "baselineYear",
    "baselineValue",
    "targetYear",
    "targetValue",
    "scopes",
    "status",
    "progress",
    "latestYear",
    "latestValue",
    "late",
  ] as const;
  return new Response(
    toCsv(
      [...header],
      rows.map((r) => header.map((h) => r[h])),
    ),
    {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="pledges.csv"',
        "Cache-Control": "public, max-age=300",
      },
    },
  );
}
