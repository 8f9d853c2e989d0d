import type { LoaderFunctionArgs } from "@remix-run/node";
import { endorsersOf } from "~/routes/$lang.declarations.$slug_.endorsers/view.server";
import { langParam } from "~/utils/lang.server";

/** Open data: public fields only — never an email, a representative or a letter. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { declaration, shown } = endorsersOf(params.slug ?? "", lang, new URL(request.url).searchParams);
  const endorsers = shown.map((e) => ({
    name: e.name,
    category: e.category,
    country: e.country,
    region: e.region,
    statement: e.statement,
    verified: e.verified,
    approvedAt: new Date(e.approvedAt).toISOString(),
  }));
  return Response.json(
    { declaration: declaration.slug, language: lang, count: endorsers.length, endorsers },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
