// Imported first by server.js, beside remember-route-matches.js: passes the request to loaders and
// actions as it came when there is nothing in its address for Remix to strip (request-passing.js
// says why). When the text is not found (another version), Remix is left alone with a warning.
import { patchOnLoad } from "./patch-on-load.js";
import { passRequestsThrough } from "./request-passing.js";

patchOnLoad(
  /[\\/]@remix-run[\\/]server-runtime[\\/]dist[\\/]data\.js$/,
  passRequestsThrough,
  "server/pass-requests-through.js: @remix-run/server-runtime is not the expected version; requests are copied for every loader",
);
