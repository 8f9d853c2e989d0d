import type { LoaderFunctionArgs } from "@remix-run/node";
import { langParam } from "~/utils/lang.server";

/** Any address under a language that no page answers: the localized 404 page. */
export function loader({ params }: LoaderFunctionArgs) {
  langParam(params);
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}
