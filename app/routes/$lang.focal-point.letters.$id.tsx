import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireFocalPoint } from "~/auth/focal-point.server";
import { letterAwaitingFocalPoint } from "~/models/focal-point-endorsements.server";
import { langParam } from "~/utils/lang.server";
import { fileDownload, notFound } from "~/utils/http.server";

/**
 * The official letter of an endorsement in the government's name that waits for this focal point,
 * as a download: whether it comes from their government is theirs to judge. Another country's, a
 * decided one or an unknown number is a 404, as the decision itself is.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const fp = requireFocalPoint(request, lang);
  const id = Number(params.id);
  const letter = Number.isSafeInteger(id) ? letterAwaitingFocalPoint(fp.country, id) : null;
  if (!letter) throw notFound();
  return fileDownload(letter);
}
