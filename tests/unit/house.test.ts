import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layout of docs/architecture.md, checked on every run: routes → components → models → db, utils
// for concerns only, and files small enough to be one thing. A rule broken on purpose goes in a list
// below with its reason, where a reviewer sees it.

const ROOT = path.resolve(__dirname, "../..");
const sources = (dir: string): string[] =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join("/"));
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const imports = (file: string) => [...read(file).matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)].map((m) => m[1]!);

/** Longer than MAX_LINES on purpose, each for its reason. */
const LONG_ON_PURPOSE: Record<string, string> = {
  "app/utils/countries.ts": "data: the ITU list of countries with their regions and UN names",
  "app/routes/$lang.admin.events.$id_.registrants.tsx": "the desk: to become a folder route with its view shaping beside it",
  "app/routes/$lang.registrations.$token.tsx": "the manage page: cancel, change type, visa letter, erase; to become a folder route",
};
const MAX_LINES = 250;

describe("the house rules", () => {
  it("no route imports a table: routes call models", () => {
    const offenders = sources("app/routes").filter((f) => imports(f).some((i) => /(^|\/)db\/schema(\/|$)/.test(i)));
    expect(offenders).toEqual([]);
  });

  it("utils are concerns and import no model", () => {
    const offenders = sources("app/utils").filter((f) => imports(f).some((i) => /^~\/models\/|^\.\.\/models\//.test(i)));
    expect(offenders).toEqual([]);
  });

  it("models never read a request nor throw an HTTP response", () => {
    const offenders = sources("app/models").filter(
      (f) => !f.endsWith(".test.ts") && /\bnew Response\(|\brequest\.(headers|formData|url)\b|@remix-run\//.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });

  it(`no source file in app/ passes ${MAX_LINES} lines, but for the few listed with their reason`, () => {
    const long = sources("app")
      .filter((f) => read(f).split("\n").length > MAX_LINES + 1)
      .filter((f) => !(f in LONG_ON_PURPOSE));
    expect(long).toEqual([]);
    // The list does not outlive its reasons: a file that shrank comes off it.
    const stale = Object.keys(LONG_ON_PURPOSE).filter((f) => fs.existsSync(path.join(ROOT, f)) && read(f).split("\n").length <= MAX_LINES + 1);
    expect(stale).toEqual([]);
  });
});
