import { memoUntilWrite, type WriteScope } from "./data-version.server";
import { textResponse } from "./feeds.server";

/**
 * A public download (open data, the events calendar) written once per write rather than on every
 * request: the largest (every published emissions year, every pledge) cost a fifth of a second or
 * more each (issue 19). `key` names the download and everything it depends on but the database; a
 * build that throws (an unknown declaration's 404) keeps nothing.
 *
 * Each download is its own family of kept values (`download-<the key up to its first colon>`): a
 * crawler walking the endorsers' filters pushes out only endorsers' lists, never the emissions or
 * the pledges, which cost the most to write again. `scope` "outside-registrations" keeps a download
 * that reads nothing a registration changes (endorsers, emissions, pledges) through registrations.
 */
export function keptDownload(key: string, contentType: string, build: () => string, extra: Record<string, string> = {}, scope: WriteScope = "all"): Response {
  return textResponse(memoUntilWrite(`download-${key}`, build, undefined, scope), contentType, extra);
}

/** Open data as JSON, readable from any site. */
export function openDataJson(key: string, build: () => unknown, scope: WriteScope = "all"): Response {
  return keptDownload(key, "application/json; charset=utf-8", () => JSON.stringify(build()), { "Access-Control-Allow-Origin": "*" }, scope);
}

/** Open data as CSV, with its file name. */
export function openDataCsv(key: string, filename: string, build: () => string, scope: WriteScope = "all"): Response {
  return keptDownload(key, "text/csv; charset=utf-8", build, { "Content-Disposition": `attachment; filename="${filename}"` }, scope);
}
