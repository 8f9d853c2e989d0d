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
