import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { mapView } from "./$lang.member-states._index/view.server";

/** The world map of endorsements, drawn on the server; no script. Cheap to draw (the projection is cached), so never stale. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const search = new URL(request.url).searchParams;
  const svg = mapView(lang, getT(lang), search.get("declaration"), search.get("embed") === "1");
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
