import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/utils/csv";
import { langParam } from "~/utils/lang.server";
import { openDataCsv } from "~/utils/open-data.server";
import { pledgeOpenData } from "~/models/pledge-open-data.server";

const PLEDGE_COLUMNS = [
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

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  return openDataCsv(
    "pledges.csv",
    "pledges.csv",
    () =>
      toCsv(
        [...PLEDGE_COLUMNS],
        pledgeOpenData().map((r) => PLEDGE_COLUMNS.map((h) => r[h])),
      ),
    "outside-registrations",
  );
}
