import { memoUntilWrite } from "./data-version.server";
import { textResponse } from "./feeds.server";

/**
 * A public download (open data, the events calendar) written once per write rather than on every
 * request: the largest (every published emissions year, every pledge) cost a fifth of a second or
 * more each (issue 19). `key` names the download and everything it depends on but the database; a
 * build that throws (an unknown declaration's 404) keeps nothing.
 *
 * Each download is its own family of kept values (`download-<the key up to its first colon>`): a
 * crawler walking the endorsers' filters pushes out only endorsers' lists, never the emissions or
 * the pledges, which cost the most to write again.
 */
export function keptDownload(key: string, contentType: string, build: () => string, extra: Record<string, string> = {}): Response {
  return textResponse(memoUntilWrite(`download-${key}`, build), contentType, extra);
}

/** Open data as JSON, readable from any site. */
export function openDataJson(key: string, build: () => unknown): Response {
  return keptDownload(key, "application/json; charset=utf-8", () => JSON.stringify(build()), { "Access-Control-Allow-Origin": "*" });
}

/** Open data as CSV, with its file name. */
export function openDataCsv(key: string, filename: string, build: () => string): Response {
  return keptDownload(key, "text/csv; charset=utf-8", build, { "Content-Disposition": `attachment; filename="${filename}"` });
}
