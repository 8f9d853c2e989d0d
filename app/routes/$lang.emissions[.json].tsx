import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataJson } from "~/utils/open-data.server";
import { langParam } from "~/utils/lang.server";
import { emissionsOpenData, OPEN_DATA_COLUMNS } from "./$lang.emissions._index/open-data.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  return openDataJson(
    "emissions.json",
    () => {
      const rows = emissionsOpenData();
      return { unit: "t CO2e", columns: OPEN_DATA_COLUMNS, count: rows.length, rows };
    },
    "outside-registrations",
  );
}
