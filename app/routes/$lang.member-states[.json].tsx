import type { LoaderFunctionArgs } from "@remix-run/node";
import { memberStatesOpenData } from "~/models/member-states.server";
import { countryName } from "~/utils/country-options";
import { langParam } from "~/utils/lang.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const rows = memberStatesOpenData().map((r) => ({
    iso2: r.iso2,
    name: countryName(lang, r.iso2),
    region: r.region,
    declarations: r.declarations,
  }));
  return new Response(JSON.stringify(rows), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
