import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A kept page is served to everyone who asks for its address. If its loader read who is asking
// (a cookie, a session, a header), one visitor's page would reach the next. This reads the source
// of every route that carries `samePageForEveryone` and fails when its loader touches the request
// beyond its URL.

const ROUTES = path.resolve(__dirname, "../routes");

/** What a loader of a kept page may not mention: request headers, cookies, sessions, the visitor. */
const FORBIDDEN = [
  /\brequest\.headers\b/,
  /\.headers\.get\(/,
  /\bcookie/i,
  /SessionToken\b|\bgetSession\b|\bsessionFor|ForSession\b/,
  /\brequireStaff\b|\bgetStaffUser\b|\brequirePartner\b/,
  /\bvisitorCookies\b/,
  /\bparseSubmission\b/,
];

/** The text of `export function loader` (or `export async function`, or `export const loader =`) up to its closing brace. */
export function loaderSource(source: string): string | null {
  const start = source.search(/^export (async )?function loader\b|^export const loader\b/m);
  if (start < 0) return null;
  const end = source.indexOf("\n}", start);
  return source.slice(start, end < 0 ? undefined : end + 2);
}

export function forbiddenReads(loader: string): string[] {
  return FORBIDDEN.filter((re) => re.test(loader)).map((re) => re.source);
}

function keptRoutes() {
  const out: { file: string; source: string }[] = [];
  for (const entry of fs.readdirSync(ROUTES, { withFileTypes: true })) {
    const file = entry.isDirectory() ? path.join(ROUTES, entry.name, "route.tsx") : path.join(ROUTES, entry.name);
    if (!fs.existsSync(file) || !/\.tsx?$/.test(file)) continue;
    const source = fs.readFileSync(file, "utf8");
    if (/export const handle = (samePageForEveryone(WithoutScripts)?|samePage(WithForm)?ThroughRegistrations);/.test(source))
      out.push({ file: path.relative(ROUTES, file), source });
  }
  return out;
}

describe("pages kept for everyone", () => {
  const kept = keptRoutes();

  it("are found (the guard has something to guard)", () => {
    expect(kept.length).toBeGreaterThanOrEqual(10);
  });

  it.each(kept.map((k) => [k.file, k.source]))("%s: the loader reads no cookie, session or header", (_file, source) => {
    // A page without a loader reads nothing at all.
    expect(forbiddenReads(loaderSource(source) ?? "")).toEqual([]);
  });

  // A page kept through registrations' writes (handle.ts) must read nothing they change: no event,
  // registration or Member State's profile (it counts delegates) by its route's modules
  // (the registration form's types of organisation are constants).
  const throughRegistrations = kept.filter((k) => /export const handle = samePage(WithForm)?ThroughRegistrations;/.test(k.source));
  it.each(throughRegistrations.map((k) => [k.file]))("%s: kept through registrations, reads no event or registration", (file) => {
    const dir = path.join(ROUTES, path.dirname(file) === "." ? "" : path.dirname(file));
    const files =
      path.dirname(file) === "."
        ? [path.join(ROUTES, file)]
        : fs
            .readdirSync(dir)
            .filter((f) => !f.includes(".test."))
            .map((f) => path.join(dir, f));
    const sources = files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
    expect(sources.match(/models\/(?!registration-types)(event|registration|registrant|programme|check-in)[\w.-]*|memberStateProfile/g) ?? []).toEqual([]);
  });
  it("finds the pages kept through registrations", () => {
    expect(throughRegistrations.length).toBeGreaterThanOrEqual(10);
  });

  it("catches a loader that reads the visitor", () => {
    const bad = `export function loader({ request }: LoaderFunctionArgs) {\n  const c = request.headers.get("cookie");\n  return { c };\n}\n`;
    expect(forbiddenReads(loaderSource(bad)!)).not.toEqual([]);
    const good = `export async function loader({ request, params }: LoaderFunctionArgs) {\n  return new URL(request.url).searchParams.get("page");\n}\n`;
    expect(forbiddenReads(loaderSource(good)!)).toEqual([]);
  });
});
