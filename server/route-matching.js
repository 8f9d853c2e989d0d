// Remix's router flattens and ranks every route of the app on each request, twice (once to match
// the URL, once more in the static handler), then tries the address against every branch, making a
// regular expression of each path as it goes: with 90 routes, measured at 0.8–2.8 ms a call on this
// (shared) machine, about what a bare Remix app spends on a whole request. The routes never change
// while the server runs (the React side rebuilds the same tree for each page: 0.8 ms of a 7 ms
// rendering until it was recognised), so what an address matches is remembered (a copy is handed out each time,
// for the router to do with as it likes), and the ranked branches are kept for the addresses not
// seen yet. This is the text transform; remember-route-matches.js applies it to the CommonJS build
// of React Router 6 that Remix's server runtime loads. tests/unit/route-matching.test.ts checks that
// the installed version is patched and matches as before.

const FLATTEN = "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n";
const FLATTEN_ONCE = `  const tree = routeTree(routes);
  let branches = rankedBranches.get(tree.key);
  if (!branches) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    rankedBranches.set(tree.key, branches);
  }
`;
const IMPL = "function matchRoutesImpl(routes, locationArg, basename, allowPartial) {";
// Remix's server side builds its route tree once, but the React side builds a new copy of the same
// tree for every page it renders: a tree is known by its routes' ids and paths (React Router gives
// every data route an id), and the matches handed out point at the caller's own copy's routes.
// A tree without ids is known by the array itself.
const IMPL_REMEMBERED = `const treeOf = new WeakMap();
function routeTree(routes) {
  let tree = treeOf.get(routes);
  if (tree) return tree;
  const parts = [];
  const byId = new Map();
  let complete = true;
  (function walk(list) {
    for (const route of list) {
      if (typeof route.id !== "string" || byId.has(route.id)) complete = false;
      byId.set(route.id, route);
      parts.push(route.id + "\\u0001" + route.path + "\\u0001" + (route.index ? 1 : 0) + "\\u0001" + (route.caseSensitive ? 1 : 0) + "\\u0001" + (route.children ? route.children.length : -1));
      if (route.children) walk(route.children);
    }
  })(routes);
  tree = { key: complete ? parts.join("\\u0002") : routes, byId: complete ? byId : null };
  treeOf.set(routes, tree);
  return tree;
}
const rankedBranches = new Map();
const rememberedMatches = new Map();
function matchRoutesImpl(routes, locationArg, basename, allowPartial) {
  const tree = routeTree(routes);
  const key = basename + "\\u0000" + allowPartial + "\\u0000" + (typeof locationArg === "string" ? locationArg : locationArg.pathname);
  let byAddress = rememberedMatches.get(tree.key);
  if (!byAddress) {
    if (rememberedMatches.size >= 20) rememberedMatches.clear();
    rememberedMatches.set(tree.key, (byAddress = new Map()));
  }
  let matches = byAddress.get(key);
  if (matches === undefined) {
    matches = matchRoutesAnew(routes, locationArg, basename, allowPartial);
    if (byAddress.size >= 2000) byAddress.clear();
    byAddress.set(key, matches);
  }
  if (!matches) return matches;
  const params = matches.length ? Object.assign({}, matches[0].params) : {};
  return matches.map((match) => Object.assign({}, match, { params, route: tree.byId ? tree.byId.get(match.route.id) : match.route }));
}
function matchRoutesAnew(routes, locationArg, basename, allowPartial) {`;

/** The router's source with route matches remembered; undefined when its text is not the expected one. */
export function rememberRouteMatches(source) {
  if ([FLATTEN, IMPL].some((text) => source.split(text).length !== 2)) return undefined;
  return source.replace(IMPL, IMPL_REMEMBERED).replace(FLATTEN, FLATTEN_ONCE);
}
