import fs from "node:fs";

// The HTTP answers a loader or action throws to stop at once. Remix renders the nearest
// ErrorBoundary (components/ErrorPage.tsx) with the status; the body is for logs and curl.

export const notFound = () => new Response("Not Found", { status: 404 });
export const forbidden = () => new Response("Forbidden", { status: 403 });
export const conflict = () => new Response("Conflict", { status: 409 });
export const methodNotAllowed = () => new Response("Method Not Allowed", { status: 405 });

/**
 * A country's page is addressed in lower case (/fr/member-states/eg); the open data and people write
 * codes in capitals (EG). A two-letter code in capitals is sent, with its query, to the lower-case address.
 */
export function lowerCaseCountryAddress(request: Request, iso2: string | undefined) {
  if (!iso2 || !/^[A-Za-z]{2}$/.test(iso2) || iso2 === iso2.toLowerCase()) return;
  const url = new URL(request.url);
  // One leading slash, whatever was asked: "//host/…" would send the browser to another site. The code is
  // the last segment as the route decoded it: "EG/" or "%45G" sent back as written would answer with itself.
  const path = url.pathname.replace(/^\/+/, "/").replace(/\/[^/]*\/*$/, `/${iso2.toLowerCase()}`);
  throw new Response(null, { status: 301, headers: { Location: `${path}${url.search}` } });
}

/**
 * A stored file (a material, an official letter) as a download under the server's own name, never
 * drawn as a page of the portal's origin: sandboxed, and never sniffed (server.js sets nosniff on every answer).
 */
export function fileDownload(file: { path: string; name: string; contentType?: string }, cacheControl = "private, no-store") {
  return new Response(fs.readFileSync(file.path), {
    headers: {
      "Content-Type": file.contentType ?? "application/pdf",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": cacheControl,
    },
  });
}
