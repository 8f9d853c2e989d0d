/**
 * npm run bench — builds the portal and a bare Remix app (bench/bare, served by remix-serve from
 * its own install), fills a database to a realistic size, and measures on this machine, each
 * public page side by side with the bare app (bench/load.ts):
 *   1. pages as deployed (kept in memory), 2. the same while 20 registrations a second arrive,
 *   3. every request rendered (PAGE_CACHE_SECONDS=0), 4. 1,000 simultaneous registrations at a
 *   100-seat event, 5. the JavaScript each page ships and the event page on a slow link,
 * with the server's memory (RSS) throughout. Prints the figures and writes bench/results.md.
 *   BENCH_SECONDS=5 (per run)  BENCH_PORT=3400 (the bare app takes the next port)
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { bareBurst, burst, sampleMemory, sideBySide, startRegistering, type Pair, type Writes } from "./load";
import { writeResults, type Results } from "./report";
import { slowLink } from "./slow-link";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3400);
const origin = `http://127.0.0.1:${port}`;
const bareUrl = `http://127.0.0.1:${port + 1}/`;
const root = process.cwd();
const bareDir = path.join(root, "bench", "bare");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gda-bench-"));
const filled = path.join(dir, "filled.sqlite");
/** BENCH_ONLY=kept,writes,afresh,burst runs only those. BENCH_SERVER: the portal's server script (default server.js). */
const only = process.env.BENCH_ONLY?.split(",");
const runs = (key: string) => !only || only.includes(key);
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  PORT: String(port),
  HOST: "127.0.0.1",
  PUBLIC_URL: origin,
  DATABASE_PATH: path.join(dir, "portal.sqlite"),
  MAIL_DIR: path.join(dir, "mail"),
  LETTERS_DIR: path.join(dir, "letters"),
  // Its own, as every folder: the start-up sweep removes the files this database does not name (data/materials/ otherwise).
  MATERIALS_DIR: path.join(dir, "materials"),
  SEED_EXAMPLES: "false",
  RATE_LIMIT_PUBLIC: "1000000",
  // The burst comes from one address: as many people behind one, each allowed a hold.
  SEAT_HOLDS_PER_ADDRESS: "1000000",
};

async function prepareDatabase() {
  Object.assign(process.env, serverEnv);
  const { seedContent } = await import("../db/seed/index");
  const { closeDatabase, sqlite } = await import("../app/utils/db.server");
  const { fill } = await import("./fill");
  seedContent({ examples: false });
  const started = Date.now();
  const sizes = fill(sqlite());
  // The burst's event: a copy of a coming bench event with 100 seats and nobody registered yet.
  const columns = (sqlite().prepare("pragma table_info(events)").all() as { name: string }[]).map((c) => c.name).filter((c) => c !== "id");
  const values = columns.map((c) => (c === "slug" ? "'bench-burst'" : c === "capacity" ? "100" : c));
  sqlite()
    .prepare(`insert into events (${columns.join(", ")}) select ${values.join(", ")} from events where slug = 'bench-event-300'`)
    .run();
  closeDatabase();
  // Each run starts from this copy: what one run wrote (and the email it queued) does not weigh on the next.
  fs.copyFileSync(serverEnv.DATABASE_PATH!, filled);
  console.log(`Database filled in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(sizes)}`);
  return sizes;
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`${url} did not answer`);
}

function restoreDatabase() {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(serverEnv.DATABASE_PATH + suffix, { force: true });
  fs.copyFileSync(filled, serverEnv.DATABASE_PATH!);
}

/** Node's flags as `npm start` gives them (the heap limit): the bench measures the server as deployed. */
const startFlags = (() => {
  const start = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.start ?? "";
  return /\bnode ((?:--\S+ )*)server\.js/.exec(start)?.[1]?.trim().split(" ").filter(Boolean) ?? [];
})();
const startPortal = (extra: Record<string, string>) =>
  waitFor(
    `${origin}/healthz`,
    spawn(process.execPath, [...startFlags, process.env.BENCH_SERVER ?? "server.js"], {
      cwd: root,
      env: { ...serverEnv, ...extra },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );

/** The yardstick: its own install (npm ci on first use), built by the portal's Remix compiler. */
function buildBare() {
  if (!fs.existsSync(path.join(bareDir, "node_modules", ".bin", "remix-serve"))) {
    execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--legacy-peer-deps"], { cwd: bareDir, stdio: "inherit" });
  }
  execFileSync(path.join(root, "node_modules", ".bin", "remix"), ["build"], { cwd: bareDir, stdio: ["ignore", "ignore", "inherit"] });
}
const startBare = () =>
  waitFor(
    bareUrl,
    spawn(path.join(bareDir, "node_modules", ".bin", "remix-serve"), ["./build/index.js"], {
      cwd: bareDir,
      env: { ...process.env, NODE_ENV: "production", PORT: String(port + 1), HOST: "127.0.0.1" },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill();
  await new Promise((r) => child.once("exit", r));
}

/** Scripts a page makes the browser load (its own and the preloaded modules), gzipped. */
async function scriptBytes(url: string) {
  const html = await (await fetch(url)).text();
  const urls = new Set([...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => m[1]!));
  let bytes = 0;
  for (const u of urls) bytes += gzipSync(Buffer.from(await (await fetch(origin + u)).arrayBuffer())).length;
  return { scripts: urls.size, bytes };
}

async function main() {
  buildBare();
  const sizes = await prepareDatabase();
  const db = new Database(serverEnv.DATABASE_PATH!, { readonly: true });
  const declaration = (db.prepare("select slug from declarations order by id limit 1").get() as { slug: string }).slug;
  const event = (
    db.prepare("select slug from events where slug like 'bench-event-%' and starts_at > ? order by starts_at limit 1").get(Date.now()) as { slug: string }
  ).slug;
  // A restated organisation: its page reads the superseded version too.
  const discloser = (db.prepare("select organisation_id as id from disclosures where status = 'superseded' order by id limit 1").get() as { id: number }).id;
  const circular = (db.prepare("select slug from circulars order by id limit 1").get() as { slug: string }).slug;
  // The Member State with the most people registered: its page counts them per event.
  const state = (
    db.prepare("select country from registrations where country is not null group by country order by count(*) desc limit 1").get() as { country: string }
  ).country.toLowerCase();
  db.close();
  const pages = [
    ["home", "/en"],
    ["event list", "/en/events"],
    ["event page", `/en/events/${event}`],
    ["declaration endorsers", `/en/declarations/${declaration}/endorsers`],
    ["declaration page", `/en/declarations/${declaration}`],
    ["pledge directory", "/en/pledges"],
    ["emissions database", "/en/emissions"],
    ["emissions organisation page", `/en/emissions/${discloser}`],
    ["working-group page", "/en/working-groups/wg-ict-emissions"],
    ["working-group list", "/en/working-groups"],
    ["Member State list", "/en/member-states"],
    ["Member State page", `/en/member-states/${state}`],
  ] as const;
  // Which pages post a form (the event and declaration pages); the others have links and GET filters only.
  const withForm = new Set(["event page", "declaration page"]);
  const weighed = [
    ...pages,
    ["circular letter", `/en/circulars/${circular}`],
    ["pillar", "/en/pillars/ict-emissions"],
    ["declaration list", "/en/declarations"],
  ] as const;
  const results: Results = { sizes, seconds, modes: [] };
  const bare = await startBare();
  try {
    for (const mode of MODES.filter((m) => runs(m.key))) {
      console.log(`\n${mode.title}`);
      restoreDatabase();
      const server = await startPortal(mode.env);
      const memory = sampleMemory(server.pid!);
      const writer = mode.writesPerSecond ? await startRegistering(`${origin}/en/events/${event}`, mode.writesPerSecond) : undefined;
      let pairs: Pair[] = [];
      let writes: Writes | undefined;
      try {
        pairs = await sideBySide(pages, origin, bareUrl, seconds);
        writes = await writer?.stop();
        if (mode.key === "kept") {
          results.weights = [];
          for (const [name, p] of weighed) results.weights.push({ name, path: p, form: withForm.has(name), ...(await scriptBytes(origin + p)) });
          results.slowLink = await slowLink(`${origin}/en/events/${event}`);
        }
      } finally {
        results.modes.push({ key: mode.key, title: mode.title, pairs, writes, rss: memory() });
        await stop(server);
      }
    }
    if (runs("burst")) {
      console.log("\n1,000 people register at the same moment for an event with 100 seats");
      // The bare app's action before and after, as for the pages, each while the portal is stopped.
      const bareBefore = await bareBurst(`${bareUrl}?index`, 1000);
      restoreDatabase();
      const server = await startPortal({});
      const memory = sampleMemory(server.pid!);
      try {
        results.burst = await burst(`${origin}/en/events/bench-burst`, 1000);
      } finally {
        results.burstRss = memory();
        await stop(server);
      }
      results.bareBurst = [bareBefore, await bareBurst(`${bareUrl}?index`, 1000)];
      console.log(JSON.stringify({ portal: results.burst, bare: results.bareBurst }));
    }
    writeResults(path.join(root, "bench", "results.md"), results);
  } finally {
    await stop(bare);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const MODES: { key: string; title: string; env: Record<string, string>; writesPerSecond?: number }[] = [
  { key: "kept", title: "As deployed: public pages kept in memory (PAGE_CACHE_SECONDS=15, the default)", env: {} },
  { key: "writes", title: "As deployed, while 20 registrations a second arrive", env: {}, writesPerSecond: 20 },
  {
    key: "afresh",
    // Nothing writes in this run, so the values kept until the next write stay kept: what a page
    // costs right after a write is measured by bench/in-process.js (AFTER=registration).
    title: "Every request rendered (PAGE_CACHE_SECONDS=0), nothing written meanwhile (the values kept until a write stay kept)",
    env: { PAGE_CACHE_SECONDS: "0" },
  },
];

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
