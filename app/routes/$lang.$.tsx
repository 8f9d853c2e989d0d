import type { LoaderFunctionArgs } from "@remix-run/node";
import { langParam } from "~/utils/lang.server";
import { notFound } from "~/utils/http.server";

/** Any address under a language that no page answers: the localized 404 page. */
export function loader({ params }: LoaderFunctionArgs) {
  langParam(params);
  throw notFound();
}

export default function NotFound() {
  return null;
}
