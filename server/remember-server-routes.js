// Imported first by server.js, beside remember-route-matches.js. For every page it renders, Remix
// builds React Router's route objects anew from the build's manifest and route modules
// (createServerRoutes in @remix-run/react): 4.7 % of a page's time with the portal's 90 routes,
// measured on the bench database. The manifest and the modules are fixed while the server runs,
// and the routes built are only read (React Router copies them into its own data routes), so the
// tree is built once and handed out again for as long as the same modules are passed.
// tests/unit/server-routes.test.ts checks the installed version.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const sameModules = (a, b) => {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => a[id] === b[id]);
};

/** Wraps `createServerRoutes` of @remix-run/react's CommonJS build; false when it is not there. */
export function rememberServerRoutes(routes = require("@remix-run/react/dist/routes.js")) {
  const anew = routes.createServerRoutes;
  if (typeof anew !== "function") return false;
  if (anew.remembered) return true;
  // By manifest: the modules (a new object on each request, with the same modules in it), the
  // future flags and SPA mode it was built with, and the tree.
  const kept = new WeakMap();
  const remembered = function createServerRoutes(manifest, routeModules, future, isSpaMode, ...rest) {
    // Only the whole tree, as RemixServer asks for it; a subtree (the recursive calls) is built anew.
    if (rest.length > 0 || typeof manifest !== "object" || manifest === null) return anew(manifest, routeModules, future, isSpaMode, ...rest);
    const last = kept.get(manifest);
    if (last && last.future === future && last.isSpaMode === isSpaMode && sameModules(last.routeModules, routeModules)) return last.tree;
    const tree = anew(manifest, routeModules, future, isSpaMode);
    kept.set(manifest, { routeModules, future, isSpaMode, tree });
    return tree;
  };
  remembered.remembered = true;
  routes.createServerRoutes = remembered;
  return true;
}

if (!rememberServerRoutes())
  console.warn("server/remember-server-routes.js: @remix-run/react is not the expected version; its routes are built anew for every page");

// Then React Router's static router copies that tree into its own data routes for every page
// (createStaticRouter in react-router-dom/server, through @remix-run/router's exported
// UNSAFE_convertRoutesToDataRoutes): 90 routes copied and mapped, 0.13 ms of a 2.6 ms page.
// The tree being the same, so are its data routes: they are made once and handed out again with
// their manifest, which React Router only reads on the server.
/** Wraps `UNSAFE_convertRoutesToDataRoutes` of @remix-run/router's CommonJS build; false when it is not there. */
export function rememberDataRoutes(router = require("@remix-run/router")) {
  const anew = router.UNSAFE_convertRoutesToDataRoutes;
  if (typeof anew !== "function") return false;
  if (anew.remembered) return true;
  const kept = new WeakMap();
  const remembered = function convertRoutesToDataRoutes(routes, mapRouteProperties, parentPath, manifest, ...rest) {
    // Only a whole tree into an empty manifest, as createStaticRouter asks for it.
    const whole =
      Array.isArray(routes) && parentPath === undefined && manifest && typeof manifest === "object" && Object.keys(manifest).length === 0 && rest.length === 0;
    if (!whole) return anew(routes, mapRouteProperties, parentPath, manifest, ...rest);
    const last = kept.get(routes);
    if (last && last.mapRouteProperties === mapRouteProperties) {
      Object.assign(manifest, last.manifest);
      return last.dataRoutes;
    }
    const dataRoutes = anew(routes, mapRouteProperties, undefined, manifest);
    kept.set(routes, { mapRouteProperties, dataRoutes, manifest: { ...manifest } });
    return dataRoutes;
  };
  remembered.remembered = true;
  router.UNSAFE_convertRoutesToDataRoutes = remembered;
  return true;
}

if (!rememberDataRoutes())
  console.warn("server/remember-server-routes.js: @remix-run/router is not the expected version; its data routes are built anew for every page");
