/**
 * npm run bench — builds, fills a database to a realistic size, starts the production server on
 * it and measures public pages with autocannon (20 connections), each against a bare route of the
 * same server that renders one static sentence. Prints the table and writes bench/results.md.
 *   BENCH_SECONDS=10 (per page)  BENCH_PORT=3400
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3400);
const origin = `http://127.0.0.1:${port}`;
const root = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gda-bench-"));
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  PORT: String(port),
  HOST: "127.0.0.1",
  PUBLIC_URL: origin,
  DATABASE_PATH: path.join(dir, "portal.sqlite"),
  MAIL_DIR: path.join(dir, "mail"),
  LETTERS_DIR: path.join(dir, "letters"),
  SEED_EXAMPLES: "false",
  RATE_LIMIT_PUBLIC: "1000000",
};

async function prepareDatabase() {
  Object.assign(process.env, serverEnv);
  const { seedContent } = await import("../db/seed/index");
  const { closeDatabase, sqlite } = await import("../app/utils/db.server");
  const { fill } = await import("./fill");
  seedContent({ examples: false });
  const started = Date.now();
  const sizes = fill(sqlite());
  closeDatabase();
  console.log(`Database filled in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(sizes)}`);
  return sizes;
}

async function startServer(extra: Record<string, string>) {
  const child = spawn(process.execPath, ["server.js"], { cwd: root, env: { ...serverEnv, ...extra }, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("The server did not start");
}

type Row = { name: string; path: string; rps: number; p50: number; p99: number; errors: number };

async function measure(name: string, urlPath: string): Promise<Row> {
  const opts = { url: origin + urlPath, connections: 20 };
  await autocannon({ ...opts, duration: 2 }); // warm-up
  const r = await autocannon({ ...opts, duration: seconds });
  const row = { name, path: urlPath, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
  console.log(`${name.padEnd(28)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}`);
  return row;
}

async function main() {
  const sizes = await prepareDatabase();
  const db = new Database(serverEnv.DATABASE_PATH!, { readonly: true });
  const declaration = (db.prepare("select slug from declarations order by id limit 1").get() as { slug: string }).slug;
  const event = (
    db.prepare("select slug from events where slug like 'bench-event-%' and starts_at > ? order by starts_at limit 1").get(Date.now()) as { slug: string }
  ).slug;
  // A restated organisation: its page reads the superseded version too.
  const discloser = (db.prepare("select organisation_id as id from disclosures where status = 'superseded' order by id limit 1").get() as { id: number }).id;
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
  ] as const;
  const runs: Run[] = [];
  try {
    for (const mode of MODES) {
      console.log(`\n${mode.title}`);
      const server = await startServer(mode.env);
      const writer = mode.writesPerSecond ? startRegistering(`/en/events/${event}`, mode.writesPerSecond) : undefined;
      try {
        // The bare route is measured at the start, the middle and the end, and the pages are
        // compared with the mean: the machine is shared and its speed drifts over minutes.
        const bares: Row[] = [await measure("bare route (start)", "/en/bare")];
        const rows: Row[] = [];
        for (const [i, [name, p]] of pages.entries()) {
          rows.push(await measure(name, p));
          if (i === Math.floor(pages.length / 2) - 1) bares.push(await measure("bare route (middle)", "/en/bare"));
        }
        bares.push(await measure("bare route (end)", "/en/bare"));
        // Say plainly whether the pages were served from memory in this run.
        let kept = false;
        for (let i = 0; i < 5 && !kept; i++) {
          await (await fetch(origin + pages[0][1])).arrayBuffer();
          kept = (await fetch(origin + pages[0][1])).headers.get("x-page-cache") === "hit";
        }
        runs.push({ mode, bares, rows, kept, writes: await writer?.stop() });
      } finally {
        server.kill();
        await new Promise((r) => server.once("exit", r));
      }
    }
    writeResults(sizes, runs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const MODES: { title: string; env: Record<string, string>; writesPerSecond?: number }[] = [
  {
    title: "As deployed: public pages kept in memory until the database changes (PAGE_CACHE_SECONDS=15, the default)",
    env: {},
  },
  {
    title: "As deployed, while two registrations a second arrive (each write throws every kept page away)",
    env: {},
    writesPerSecond: 2,
  },
  {
    title: "Every request rendered (PAGE_CACHE_SECONDS=0): what a page costs when it was just thrown away by a write",
    env: { PAGE_CACHE_SECONDS: "0" },
  },
];
type Run = { mode: (typeof MODES)[number]; bares: Row[]; rows: Row[]; kept: boolean; writes?: { sent: number; accepted: number } };

/** Registers a new person at the event `rate` times a second, as a browser would, until stopped. */
function startRegistering(eventPath: string, rate: number) {
  let stopped = false;
  const counts = { sent: 0, accepted: 0 };
  const loop = (async () => {
    const first = await fetch(origin + eventPath);
    const cookie = first.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const csrf = (await first.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
    while (!stopped) {
      const n = counts.sent++;
      const body = new URLSearchParams({
        _csrf: csrf,
        fax_number: "",
        email: `bench-writer-${Date.now()}-${n}@example.org`,
        firstName: "Bench",
        lastName: `Writer ${n}`,
        organisation: "Ministry of ICT",
        organisationType: "member-state",
        country: "KE",
        jobTitle: "Adviser",
        gender: "",
        accessibilityNeeds: "",
        consent: "on",
      });
      const r = await fetch(origin + eventPath, { method: "POST", body, headers: { Cookie: cookie, Origin: origin }, redirect: "manual" });
      if (r.status === 302 || r.status === 303) counts.accepted++;
      await r.arrayBuffer();
      await new Promise((done) => setTimeout(done, 1000 / rate));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return counts;
    },
  };
}

function tableOf(run: Run) {
  const bare = run.bares.reduce((sum, r) => sum + r.rps, 0) / run.bares.length;
  const line = (r: Row, ratio: string, ok: string) =>
    `| ${r.name} | \`${r.path}\` | ${r.rps.toFixed(0)} | ${ratio} | ${r.p50} | ${r.p99} | ${r.errors} | ${ok} |`;
  return [
    "| page | path | req/s | share of bare | p50 ms | p99 ms | errors | targets met |",
    "|---|---|---:|---:|---:|---:|---:|---|",
    ...run.bares.map((r) => line(r, "—", "—")),
    ...run.rows.map((r) => {
      const ratio = r.rps / bare;
      return line(r, ratio.toFixed(2), ratio >= 0.7 && r.p99 < 100 && r.errors === 0 ? "yes" : "no");
    }),
  ].join("\n");
}

function writeResults(sizes: object, runs: Run[]) {
  const cpu = os.cpus();
  const sections = runs.map((run) => {
    const kept = run.kept ? "Pages were served from memory in this run (`X-Page-Cache: hit`)." : "No page was served from memory in this run.";
    const writes = run.writes ? ` ${run.writes.accepted} of ${run.writes.sent} registrations were accepted during the run.` : "";
    return `## ${run.mode.title}\n\n${kept}${writes}\n\n${tableOf(run)}\n`;
  });
  const md = `# Benchmark results

Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.

Machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}.
autocannon and the server share the machine. 20 connections, ${seconds} s per page after a 2 s warm-up. autocannon sends no cookies and asks for no compression: every request is a first visit (a new CSRF token and its cookie), and bytes are counted as written.

Database: ${Object.entries(sizes)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ")}, plus the seed content; each working group has 60 members, 12 milestones and 40 updates; each pledge 3 progress reports.

Targets: every public page at least 0.7 of the bare route's throughput (the bare route renders one sentence in the same page shell, and is kept in memory like the pages when they are; its figure is the mean of three runs, at the start, the middle and the end), p99 under 100 ms.

${sections.join("\n")}`;
  fs.writeFileSync(path.join(root, "bench", "results.md"), md);
  console.log(`\n${sections.join("\n")}\nWritten to bench/results.md`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
