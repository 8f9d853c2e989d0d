/** The bare app is built by the portal's own Remix compiler (bench/run.ts) and served by its own remix-serve. */
export default {
  ignoredRouteFiles: ["**/.*"],
};
