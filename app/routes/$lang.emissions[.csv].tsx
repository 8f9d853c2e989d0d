import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/utils/csv";
import { langParam } from "~/utils/lang.server";
import { openDataCsv } from "~/utils/open-data.server";
import { emissionsOpenData, OPEN_DATA_COLUMNS } from "./$lang.emissions._index/open-data.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  return openDataCsv(
    "emissions.csv",
    "emissions.csv",
    () =>
      toCsv(
        [...OPEN_DATA_COLUMNS],
        emissionsOpenData().map((r) => OPEN_DATA_COLUMNS.map((h) => r[h])),
      ),
    "outside-registrations",
  );
}
