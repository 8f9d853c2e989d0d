import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadAs } from "./load-patched";
import { rememberRouteMatches } from "../../server/route-matching.js";

const require = createRequire(import.meta.url);
const file = require.resolve("@remix-run/router").replace(/router\.cjs\.js$|index\.js$/, "router.cjs.js");

type Router = { matchRoutes: (routes: unknown[], path: string) => { route: { id: string }; params: Record<string, string> }[] | null };
const load = (source: string) => loadAs<Router>(file, source);

const routes = [
  {
    id: "root",
    path: "",
    children: [
      {
        id: "lang",
        path: ":lang",
        children: [
          { id: "index", index: true },
          { id: "events", path: "events" },
          { id: "event", path: "events/:slug" },
          { id: "registered", path: "events/:slug/registered" },
          { id: "splat", path: "*" },
        ],
      },
    ],
  },
];

describe("remembering what an address matches in the router", () => {
  const source = fs.readFileSync(file, "utf8");
  const patched = rememberRouteMatches(source);

  it("finds its text in the installed @remix-run/router", () => {
    expect(patched).toBeDefined();
    expect(patched).toContain("rememberedMatches.get(tree.key)");
    expect(patched).toContain("rankedBranches.get(tree.key)");
  });

  it("matches every address as the router does unpatched, again and again", () => {
    const before = load(source);
    const after = load(patched!);
    for (const path of ["/en", "/en/events", "/fr/events/cop29", "/fr/events/cop29/registered", "/ar/nothing/here", "/en/events", "/fr/events/x"]) {
      const ids = (r: Router) => r.matchRoutes(routes, path)?.map((m) => [m.route.id, m.params]);
      expect(ids(after)).toEqual(ids(before));
    }
  });

  it("hands out a copy each time: what one request does with its matches does not reach the next", () => {
    const after = load(patched!);
    const first = after.matchRoutes(routes, "/fr/events/cop29")!;
    first[0].params.slug = "changed";
    first.pop();
    const second = after.matchRoutes(routes, "/fr/events/cop29")!;
    expect(second.map((m) => m.route.id)).toEqual(["root", "lang", "event"]);
    expect(second[2].params).toEqual({ lang: "fr", slug: "cop29" });
    expect(after.matchRoutes(routes, "/fr/events/cop29/registered")!.at(-1)!.route.id).toBe("registered");
  });

  it("knows a new copy of the same tree (the React side builds one per page) and points at the copy's own routes; another tree is matched afresh", () => {
    const after = load(patched!);
    after.matchRoutes(routes, "/fr/events/cop29");
    const copy = structuredClone(routes);
    const matches = after.matchRoutes(copy, "/fr/events/cop29")!;
    expect(matches.map((m) => m.route.id)).toEqual(["root", "lang", "event"]);
    expect(matches[2]!.route).toBe(copy[0]!.children[0]!.children[2]);
    const grown = structuredClone(routes);
    grown[0]!.children[0]!.children.splice(2, 0, { id: "event-new", path: "events/:slug" } as (typeof grown)[0]["children"][0]["children"][0]);
    expect(after.matchRoutes(grown, "/fr/events/cop29")!.at(-1)!.route.id).toBe("event-new");
    expect(after.matchRoutes(routes, "/fr/events/cop29")!.at(-1)!.route.id).toBe("event");
  });

  it("leaves another version's text alone", () => {
    expect(rememberRouteMatches("function matchRoutesImpl() {}")).toBeUndefined();
  });
});
