import { memoUntilWrite } from "./data-version.server";

/**
 * An open-data download as JSON, written once per write rather than on every download: the largest
 * (every published emissions year, every pledge) cost a fifth of a second or more each (issue 19).
 * `key` names the download and everything it depends on but the database.
 */
export function openDataJson(key: string, build: () => unknown): Response {
  const body = memoUntilWrite(`open-data:${key}`, () => JSON.stringify(build()));
  return new Response(body, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}

/** The same for a CSV download, with its file name. */
export function openDataCsv(key: string, filename: string, build: () => string): Response {
  const body = memoUntilWrite(`open-data:${key}`, build);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
