/**
 * What the portal itself spends on a page, without HTTP or Express: the built server's request
 * handler called in one process, each page rendered afresh `n` times after 100 to warm up
 * (decision 016, tenth round). Run it on a copy of a filled database, the code before and after a
 * change interleaved: the machine moves by a third between runs, so compare the best of several.
 * Plain JavaScript run by Node itself: under tsx (source maps on) every request cost two to three times as much.
 *   npm run build && node bench/in-process.js <database copy> /en,/en/events/some-event [n]
 * AFTER=registration registers someone (the form posted to REGISTER_AT, bench-event-300 by default)
 * before each rendering, and takes the registrations' own time, measured alone, off the figures:
 * what a page costs when a registration has just been committed (seventeenth round).
 */
import path from "node:path";
import { registrationForm } from "./registration-form.js";

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
  SEAT_HOLDS_PER_ADDRESS: "1000000",
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

const context = { cspNonce: "nonce", clientIp: "127.0.0.1" };
const afterRegistration = process.env.AFTER === "registration";
const registerAt = `http://127.0.0.1${process.env.REGISTER_AT ?? "/en/events/bench-event-300"}`;
/** @type {{ cookie: string; csrf: string; participationType?: string } | undefined} */
let form;
let sent = 0;
/** One registration as the event page's form posts it. */
async function register() {
  if (!form) {
    const first = await handler(new Request(registerAt), context);
    const html = await first.text();
    const cookie = first.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    form = { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "", participationType: /name="participationType" value="(\d+)"/.exec(html)?.[1] };
  }
  const body = registrationForm(form, sent++);
  const headers = { Cookie: form.cookie, Origin: "http://127.0.0.1", Host: "127.0.0.1", "Content-Type": "application/x-www-form-urlencoded" };
  const response = await handler(new Request(registerAt, { method: "POST", body, headers }), context);
  if (response.status !== 302 && response.status !== 204) throw new Error(`registration: ${response.status}`);
}

/** @param {string} address */
async function render(address) {
  if (afterRegistration) await register();
  const response = await handler(new Request(`http://127.0.0.1${address}`), context);
  await response.text();
  if (response.status !== 200) throw new Error(`${address}: ${response.status}`);
}

/** Wall and CPU time (ms) of `n` calls. */
async function timed(run) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < n; i++) await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

for (const address of list.split(",")) {
  for (let i = 0; i < 100; i++) await render(address);
  const alone = afterRegistration ? await timed(register) : { ms: 0, cpu: 0 };
  const both = await timed(() => render(address));
  const [ms, cpu] = [(both.ms - alone.ms) / n, (both.cpu - alone.cpu) / n];
  console.log(`${address}: ${ms.toFixed(2)} ms a request, ${cpu.toFixed(2)} ms of CPU${afterRegistration ? " (after a registration)" : ""}`);
}
process.exit(0);
