/**
 * What the portal itself spends on a page, without HTTP or Express: the built server's request
 * handler called in one process, each page rendered afresh `n` times after 100 to warm up
 * (decision 016, tenth round). Run it on a copy of a filled database, the code before and after a
 * change interleaved: the machine moves by a third between runs, so compare the best of several.
 * Plain JavaScript run by Node itself: under tsx (source maps on) every request cost two to three times as much.
 *   npm run build && node bench/in-process.js <database copy> /en,/en/events/some-event [n]
 */
import path from "node:path";

const [database, list, count] = process.argv.slice(2);
if (!database || !list) throw new Error("usage: node bench/in-process.js <database copy> <path,path…> [n]");
Object.assign(process.env, {
  NODE_ENV: "production",
  DATABASE_PATH: path.resolve(database),
  MAIL_DIR: path.join(path.dirname(path.resolve(database)), "mail"),
  // Beside the copy too: bootstrap() removes the letters and materials its database does not name, which in data/ are real.
  LETTERS_DIR: path.join(path.dirname(path.resolve(database)), "letters"),
  MATERIALS_DIR: path.join(path.dirname(path.resolve(database)), "materials"),
  SEED_EXAMPLES: "false",
  RATE_LIMIT_PUBLIC: "1000000",
  PAGE_CACHE_SECONDS: "0",
});
// As server.js loads them: the router's remembered matches, the requests passed through, the route tree built once, the page data encoded when read.
await import("../server/remember-route-matches.js");
await import("../server/pass-requests-through.js");
await import("../server/remember-server-routes.js");
await import("../server/encode-when-read.js");
const build = await import(path.resolve("build/index.js"));
await build.entry.module.bootstrap();
const { createRequestHandler } = await import("@remix-run/node");
const handler = createRequestHandler(build, "production");
const n = Number(count ?? 400);

/** @param {string} address */
async function render(address) {
  const response = await handler(new Request(`http://127.0.0.1${address}`), { cspNonce: "nonce", clientIp: "127.0.0.1" });
  await response.text();
  if (response.status !== 200) throw new Error(`${address}: ${response.status}`);
}

for (const address of list.split(",")) {
  for (let i = 0; i < 100; i++) await render(address);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < n; i++) await render(address);
  const used = process.cpuUsage(cpu);
  console.log(`${address}: ${((performance.now() - started) / n).toFixed(2)} ms a request, ${((used.user + used.system) / 1000 / n).toFixed(2)} ms of CPU`);
}
process.exit(0);
