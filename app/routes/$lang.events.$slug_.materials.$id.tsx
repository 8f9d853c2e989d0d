import type { LoaderFunctionArgs } from "@remix-run/node";
import { getStaffUser } from "~/auth/staff.server";
import { materialForDownload } from "~/models/event-materials.server";
import { langParam } from "~/utils/lang.server";
import { fileDownload, notFound } from "~/utils/http.server";

/**
 * A material's file, with the type its content was checked to be. Offered as a download and never
 * sniffed (server.js sets nosniff on every response), so nothing uploaded is ever rendered as
 * a page of the portal's origin. A draft event's
 * files open for staff only.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  langParam(params);
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  const file = materialForDownload(params.slug ?? "", id, getStaffUser(request) !== null);
  if (!file) throw notFound();
  return fileDownload(file, file.public ? "public, max-age=300" : "private, no-store");
}
