import type { LoaderFunctionArgs } from "@remix-run/node";
import { letterPath } from "~/models/endorsement-review.server";
import { requireStaff } from "~/auth/staff.server";
import { langParam } from "~/utils/lang.server";
import { fileDownload, notFound } from "~/utils/http.server";

/** The official letter, to reviewers only, always as a download (never rendered in the portal's origin). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "reviewer"]);
  const letter = letterPath(Number(params.id));
  if (!letter) throw notFound();
  return fileDownload(letter);
}
