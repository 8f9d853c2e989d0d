import type { LoaderFunctionArgs } from "@remix-run/node";
import { declarationsForMap } from "~/models/member-states.server";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { mapView } from "./$lang.member-states._index/view.server";

/** The world map of endorsements, drawn on the server; no script. Drawn anew after each write, so never stale. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const search = new URL(request.url).searchParams;
  // An unknown declaration draws the first, as the page does: it is kept under that one's name, not
  // under whatever a visitor typed (each would keep its own copy of the whole map).
  const asked = search.get("declaration");
  const declaration = declarationsForMap().some((d) => d.slug === asked) ? asked : null;
  const embedded = search.get("embed") === "1";
  // Drawn once per write, language and declaration: every view of the Member States' page asks for it (issue 19).
  const svg = memoThroughRegistrations(`map:${lang}:${embedded}:${declaration}`, () => mapView(lang, getT(lang), declaration, embedded));
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
