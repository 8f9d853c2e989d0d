import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/utils/csv";
import { langParam } from "~/utils/lang.server";
import { emissionsOpenData, OPEN_DATA_COLUMNS } from "./$lang.emissions._index/open-data.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  const rows = emissionsOpenData();
  return new Response(
    toCsv(
      [...OPEN_DATA_COLUMNS],
      rows.map((r) => OPEN_DATA_COLUMNS.map((h) => r[h])),
    ),
    {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="emissions.csv"',
        "Cache-Control": "public, max-age=300",
      },
    },
  );
}
