import type { LoaderFunctionArgs } from "@remix-run/node";
import { langParam } from "~/utils/lang.server";
import { emissionsOpenData, OPEN_DATA_COLUMNS } from "./$lang.emissions._index/open-data.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  const rows = emissionsOpenData();
  return Response.json(
    { unit: "t CO2e", columns: OPEN_DATA_COLUMNS, count: rows.length, rows },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
