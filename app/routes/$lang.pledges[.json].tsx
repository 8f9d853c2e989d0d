import type { LoaderFunctionArgs } from "@remix-run/node";
import { langParam } from "~/utils/lang.server";
import { pledgeOpenData } from "~/models/pledge-open-data.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  const pledges = pledgeOpenData();
  return Response.json({ count: pledges.length, pledges }, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
