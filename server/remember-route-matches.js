// Imported first by server.js: patches React Router's CommonJS build as Node loads it, so that
// route matches are remembered (route-matching.js says why). When the text is not found (another
// version), the router is left alone with a warning.
import { patchOnLoad } from "./patch-on-load.js";
import { rememberRouteMatches } from "./route-matching.js";

patchOnLoad(
  /[\\/]@remix-run[\\/]router[\\/]dist[\\/]router\.cjs\.js$/,
  rememberRouteMatches,
  "server/remember-route-matches.js: @remix-run/router is not the expected version; routes are matched anew on every request",
);
