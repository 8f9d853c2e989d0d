import type { LoaderFunctionArgs } from "@remix-run/node";
import { langParam } from "~/utils/lang.server";
import { pledgeOpenData } from "~/utils/pledge-open-data.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const pledges = pledgeOpenData(lang, new URL(request.url).searchParams);
  return Response.json({ count: pledges.length, pledges }, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
