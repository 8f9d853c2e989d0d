import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { rememberDataRoutes, rememberServerRoutes } from "../../server/remember-server-routes.js";

const require = createRequire(import.meta.url);
type Route = { id: string; path?: string; index?: boolean; Component?: unknown; children?: Route[] };
type Routes = { createServerRoutes: (manifest: object, modules: object, future: object, spa: boolean) => Route[] };
const installed = require("@remix-run/react/dist/routes.js") as Routes;

const manifest = {
  root: { id: "root", path: "", hasLoader: true },
  "routes/$lang": { id: "routes/$lang", parentId: "root", path: ":lang", hasLoader: true },
  "routes/$lang.events": { id: "routes/$lang.events", parentId: "routes/$lang", path: "events", hasLoader: true },
  "routes/$lang._index": { id: "routes/$lang._index", parentId: "routes/$lang", index: true },
};
const Root = () => null;
const Lang = () => null;
const Events = () => null;
const Home = () => null;
const built = {
  root: { default: Root },
  "routes/$lang": { default: Lang },
  "routes/$lang.events": { default: Events },
  "routes/$lang._index": { default: Home },
};
// A new object for every page, with the same modules in it, as Remix's server runtime passes them.
const modules = () => ({ ...built });
const shape = (routes: Route[]): unknown => routes.map((r) => [r.id, r.path, r.index, r.Component, r.children ? shape(r.children) : null]);
const future = {};

describe("remembering the route tree Remix builds for each page", () => {
  // Built without the wrapper: a subtree call (a parent id given) always goes to Remix's own function.
  const fresh = (installed.createServerRoutes as unknown as (...a: unknown[]) => Route[])(manifest, modules(), future, false, "");

  it("wraps the installed @remix-run/react, which RemixServer calls through its exports", () => {
    expect(rememberServerRoutes(installed)).toBe(true);
    expect((installed.createServerRoutes as { remembered?: boolean }).remembered).toBe(true);
    expect(require("node:fs").readFileSync(require.resolve("@remix-run/react/dist/server.js"), "utf8")).toContain(
      "routes.createServerRoutes(manifest.routes, routeModules",
    );
  });

  it("hands out the same tree, built as Remix builds it, while the modules are the same", () => {
    const first = installed.createServerRoutes(manifest, modules(), future, false);
    expect(shape(first)).toEqual(shape(fresh));
    expect(installed.createServerRoutes(manifest, modules(), future, false)).toBe(first);
  });

  it("builds anew when a module changes (a new build) or the mode does", () => {
    const first = installed.createServerRoutes(manifest, modules(), future, false);
    const Changed = () => null;
    const changed = installed.createServerRoutes(manifest, { ...built, "routes/$lang.events": { default: Changed } }, future, false);
    expect(changed).not.toBe(first);
    expect(changed[0]!.children![0]!.children!.find((r) => r.id === "routes/$lang.events")!.Component).toBe(Changed);
    expect(installed.createServerRoutes(manifest, modules(), future, true)).not.toBe(first);
  });
});

describe("remembering the data routes React Router's static router makes of that tree", () => {
  type DataRoute = { id: string; path?: string; children?: DataRoute[]; hasErrorBoundary?: boolean };
  type Convert = (routes: Route[], map: (r: Route) => object, parentPath?: string[], manifest?: Record<string, DataRoute>) => DataRoute[];
  const router = require("@remix-run/router") as { UNSAFE_convertRoutesToDataRoutes: Convert };
  const map = (r: Route) => ({ hasErrorBoundary: r.id === "root" });
  const tree = installed.createServerRoutes(manifest, modules(), future, false);
  const freshManifest: Record<string, DataRoute> = {};
  const fresh = router.UNSAFE_convertRoutesToDataRoutes(tree, map, undefined, freshManifest);

  it("wraps the installed @remix-run/router, which createStaticRouter calls through its exports", () => {
    expect(rememberDataRoutes(router)).toBe(true);
    expect(require("node:fs").readFileSync(require.resolve("react-router-dom/server.js"), "utf8")).toContain(
      "router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, manifest)",
    );
  });

  it("hands out the same data routes and fills each page's manifest as React Router would", () => {
    const firstManifest: Record<string, DataRoute> = {};
    const first = router.UNSAFE_convertRoutesToDataRoutes(tree, map, undefined, firstManifest);
    expect(JSON.stringify(first)).toEqual(JSON.stringify(fresh));
    expect(Object.keys(firstManifest)).toEqual(Object.keys(freshManifest));
    const secondManifest: Record<string, DataRoute> = {};
    expect(router.UNSAFE_convertRoutesToDataRoutes(tree, map, undefined, secondManifest)).toBe(first);
    expect(secondManifest).toEqual(firstManifest);
    expect(secondManifest["routes/$lang.events"]!.path).toBe("events");
    expect(secondManifest.root!.hasErrorBoundary).toBe(true);
  });

  it("makes them anew for another tree or another mapping, and for a subtree", () => {
    const first = router.UNSAFE_convertRoutesToDataRoutes(tree, map, undefined, {});
    expect(router.UNSAFE_convertRoutesToDataRoutes(tree, (r) => ({ hasErrorBoundary: r.id !== "root" }), undefined, {})).not.toBe(first);
    const other = installed.createServerRoutes(manifest, { ...built, root: { default: () => null } }, future, false);
    expect(router.UNSAFE_convertRoutesToDataRoutes(other, map, undefined, {})).not.toBe(first);
    expect(router.UNSAFE_convertRoutesToDataRoutes(tree, map, ["0"], {})).not.toBe(first);
  });
});
