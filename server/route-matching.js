// Remix's router flattens and ranks every route of the app on each request, twice (once to match
// the URL, once more in the static handler), then tries the address against every branch, making a
// regular expression of each path as it goes: with 90 routes, measured at 0.8–2.8 ms a call on this
// (shared) machine, about what a bare Remix app spends on a whole request. The routes never change
// while the server runs, so what an address matches is remembered (a copy is handed out each time,
// for the router to do with as it likes), and the ranked branches are kept for the addresses not
// seen yet. This is the text transform; remember-route-matches.js applies it to the CommonJS build
// of React Router 6 that Remix's server runtime loads. tests/unit/route-matching.test.ts checks that
// the installed version is patched and matches as before.

const FLATTEN = "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n";
const FLATTEN_ONCE = `  let branches = rankedBranches.get(routes);
  if (!branches) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    rankedBranches.set(routes, branches);
  }
`;
const IMPL = "function matchRoutesImpl(routes, locationArg, basename, allowPartial) {";
const IMPL_REMEMBERED = `const rankedBranches = new WeakMap();
const rememberedMatches = new WeakMap();
function matchRoutesImpl(routes, locationArg, basename, allowPartial) {
  const key = basename + "\\u0000" + allowPartial + "\\u0000" + (typeof locationArg === "string" ? locationArg : locationArg.pathname);
  let byAddress = rememberedMatches.get(routes);
  if (!byAddress) rememberedMatches.set(routes, (byAddress = new Map()));
  let matches = byAddress.get(key);
  if (matches === undefined) {
    matches = matchRoutesAnew(routes, locationArg, basename, allowPartial);
    if (byAddress.size >= 2000) byAddress.clear();
    byAddress.set(key, matches);
  }
  if (!matches) return matches;
  const params = matches.length ? Object.assign({}, matches[0].params) : {};
  return matches.map((match) => Object.assign({}, match, { params }));
}
function matchRoutesAnew(routes, locationArg, basename, allowPartial) {`;

/** The router's source with route matches remembered; undefined when its text is not the expected one. */
export function rememberRouteMatches(source) {
  if ([FLATTEN, IMPL].some((text) => source.split(text).length !== 2)) return undefined;
  return source.replace(IMPL, IMPL_REMEMBERED).replace(FLATTEN, FLATTEN_ONCE);
}
