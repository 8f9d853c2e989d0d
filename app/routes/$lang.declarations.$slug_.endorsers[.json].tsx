import type { LoaderFunctionArgs } from "@remix-run/node";
import { endorsersDownloadKey, endorsersOf } from "~/routes/$lang.declarations.$slug_.endorsers/view.server";
import { langParam } from "~/utils/lang.server";
import { openDataJson } from "~/utils/open-data.server";

/** Open data: public fields only — never an email, a representative or a letter. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const slug = params.slug ?? "";
  const query = new URL(request.url).searchParams;
  // An unknown declaration is a 404 from endorsersOf, and nothing is kept for it.
  return openDataJson(
    `endorsers.json:${endorsersDownloadKey(slug, lang, query)}`,
    () => {
      const { declaration, shown } = endorsersOf(slug, lang, query);
      const endorsers = shown.map((e) => ({
        name: e.name,
        category: e.category,
        country: e.country,
        region: e.region,
        statement: e.statement,
        verified: e.verified,
        verifiedByFocalPoint: e.verifiedByFocalPoint,
        approvedAt: new Date(e.approvedAt).toISOString(),
      }));
      return { declaration: declaration.slug, language: lang, count: endorsers.length, endorsers };
    },
    "outside-registrations",
  );
}
