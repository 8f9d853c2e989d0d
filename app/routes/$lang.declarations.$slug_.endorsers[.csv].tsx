import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/utils/csv";
import { endorsersDownloadKey, endorsersOf } from "~/routes/$lang.declarations.$slug_.endorsers/view.server";
import { langParam } from "~/utils/lang.server";
import { openDataCsv } from "~/utils/open-data.server";

/** Open data as CSV, the same public fields as the JSON. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const slug = params.slug ?? "";
  const query = new URL(request.url).searchParams;
  // An unknown declaration is a 404 from endorsersOf, and nothing is kept for it.
  return openDataCsv(
    `endorsers.csv:${endorsersDownloadKey(slug, lang, query)}`,
    `${slug}-endorsers.csv`,
    () => {
      const { shown } = endorsersOf(slug, lang, query);
      return toCsv(
        ["name", "category", "country", "region", "statement", "verified", "verified_by_focal_point", "approved_at"],
        shown.map((e) => [
          e.name,
          e.category,
          e.country,
          e.region,
          e.statement ?? "",
          e.verified ? "yes" : "no",
          e.verifiedByFocalPoint ? "yes" : "no",
          new Date(e.approvedAt).toISOString(),
        ]),
      );
    },
    "outside-registrations",
  );
}
