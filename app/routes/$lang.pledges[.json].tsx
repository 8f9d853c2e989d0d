import type { LoaderFunctionArgs } from "@remix-run/node";
import { langParam } from "~/utils/lang.server";
import { openDataJson } from "~/utils/open-data.server";
import { pledgeOpenData } from "~/models/pledge-open-data.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params); // an unknown language prefix is a 404
  return openDataJson(
    "pledges.json",
    () => {
      const pledges = pledgeOpenData();
      return { count: pledges.length, pledges };
    },
    "outside-registrations",
  );
}
