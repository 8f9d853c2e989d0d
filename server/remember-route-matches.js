// Imported first by server.js: patches React Router's CommonJS build as Node loads it, so that
// route matches are remembered (route-matching.js says why). When the text is not found (another
// version), the router is left alone with a warning.
import Module from "node:module";
import { rememberRouteMatches } from "./route-matching.js";

const FILE = /[\\/]@remix-run[\\/]router[\\/]dist[\\/]router\.cjs\.js$/;
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (FILE.test(filename)) {
    Module.prototype._compile = compile;
    const patched = rememberRouteMatches(content);
    if (patched) content = patched;
    else console.warn("server/remember-route-matches.js: @remix-run/router is not the expected version; routes are matched anew on every request");
  }
  return compile.call(this, content, filename);
};
