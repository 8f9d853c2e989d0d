/** Writes bench/results.md: the issue's figures first, then every run behind them. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import type { Pair, Writes } from "./load";
import type { SlowLink } from "./slow-link";

export type Results = {
  sizes: object;
  seconds: number;
  modes: { key: string; title: string; pairs: Pair[]; writes?: Writes; rss: number }[];
  weights?: { name: string; path: string; form: boolean; scripts: number; bytes: number }[];
  slowLink?: SlowLink[];
  burst?: { sent: number; accepted: number; p50: number; p99: number; max: number; wall: number; answers: Record<string, number> };
  burstRss?: number;
  /** The bare app's action under the same burst, before and after the portal's. */
  bareBurst?: { p50: number; max: number }[];
};

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const range = (xs: number[], digits = 2) => (xs.length ? `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}` : "—");

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** What the bare app's action took for the same burst (before, after): the floor on this machine. */
const bareBurst = (r: Results) =>
  r.bareBurst?.length
    ? `; the bare app's action that only reads the form and redirects: median ${r.bareBurst.map((b) => seconds(b.p50)).join(", ")}, all in ${r.bareBurst.map((b) => seconds(b.max)).join(", ")}`
    : "";

function summary(r: Results) {
  const mode = (key: string) => r.modes.find((m) => m.key === key);
  const ratios = (key: string) => mode(key)?.pairs.map((p) => p.ratio) ?? [];
  const p99s = (key: string) => mode(key)?.pairs.map((p) => p.page.p99) ?? [];
  const rps = (key: string) => mode(key)?.pairs.map((p) => p.page.rps) ?? [];
  const noForm = (r.weights ?? []).filter((w) => !w.form);
  const form = (r.weights ?? []).filter((w) => w.form);
  const on = r.slowLink?.find((s) => s.js);
  const off = r.slowLink?.find((s) => !s.js);
  const rss = Math.max(...r.modes.map((m) => m.rss), r.burstRss ?? 0);
  const writes = mode("writes")?.writes;
  return [
    "| figure | measured | goal |",
    "|---|---|---|",
    `| public pages kept in memory, share of the bare Remix app | ${range(ratios("kept"))} (${range(rps("kept"), 0)} req/s; p99 ${range(p99s("kept"), 0)} ms) | — |`,
    `| public page rendered afresh (\`PAGE_CACHE_SECONDS=0\`), share of the bare Remix app | ${range(ratios("afresh"))} (${range(rps("afresh"), 0)} req/s; p99 ${range(p99s("afresh"), 0)} ms) | ≥ 0.5, p99 < 150 ms |`,
    `| public pages while 20 registrations a second arrive, share of the bare Remix app | ${range(ratios("writes"))} (p99 ${range(p99s("writes"), 0)} ms; ${writes ? `${writes.accepted} of ${writes.sent} registrations answered, p50 ${writes.p50.toFixed(0)} ms, p99 ${writes.p99.toFixed(0)} ms` : ""}) | ≥ 1×, p99 < 100 ms, every page |`,
    r.burst
      ? `| 1,000 simultaneous registrations at a 100-seat event | median ${seconds(r.burst.p50)}, all answered in ${seconds(r.burst.max)} (${r.burst.accepted} of ${r.burst.sent} redirected to their page${bareBurst(r)}) | median < 1 s, all < 2 s |`
      : "",
    `| JavaScript on a page with no form (${noForm.map((w) => w.name).join(", ")}) | ${range(
      noForm.map((w) => w.bytes / 1024),
      1,
    )} KB gzipped (pages with a form: ${range(
      form.map((w) => w.bytes / 1024),
      1,
    )} KB) | ≤ 15 KB, or none |`,
    on && off
      ? `| event page on a 400 ms / 50 KB/s link: heading visible | ${(on.heading / 1000).toFixed(2)} s (${(off.heading / 1000).toFixed(2)} s with JavaScript off) | < 1 s with JavaScript on |`
      : "",
    `| memory under load (largest RSS of the portal's process) | ${mb(rss)} | < 300 MB |`,
  ]
    .filter(Boolean)
    .join("\n");
}

function pairsTable(pairs: Pair[]) {
  return [
    "| page | path | req/s | bare app req/s (before, after) | share of bare | p50 ms | p99 ms | errors |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...pairs.map(
      (p) =>
        `| ${p.page.name}${p.repeated ? " (measured again)" : ""} | \`${p.page.path}\` | ${p.page.rps.toFixed(0)} | ${p.bareBefore.rps.toFixed(0)}, ${p.bareAfter.rps.toFixed(0)} | ${p.ratio.toFixed(2)} | ${p.page.p50} | ${p.page.p99} | ${p.page.errors} |`,
    ),
  ].join("\n");
}

export function writeResults(file: string, r: Results) {
  const cpu = os.cpus();
  const sections = r.modes.map((m) => {
    const w = m.writes
      ? `\n\nRegistrations sent on a clock at 20 a second: ${m.writes.accepted} of ${m.writes.sent} answered with their page; p50 ${m.writes.p50.toFixed(0)} ms, p99 ${m.writes.p99.toFixed(0)} ms. Answers: ${JSON.stringify(m.writes.answers)}.`
      : "";
    return `## ${m.title}\n\nLargest RSS of the portal's process: ${mb(m.rss)}.${w}\n\n${pairsTable(m.pairs)}\n`;
  });
  const weights = r.weights?.length
    ? `## JavaScript each page makes the browser load (gzipped)\n\n| page | path | scripts | gzipped |\n|---|---|---:|---:|\n${r.weights
        .map((w) => `| ${w.name} | \`${w.path}\` | ${w.scripts} | ${kb(w.bytes)} |`)
        .join("\n")}\n`
    : "";
  const slow = r.slowLink?.length
    ? `## The event page on a slow link (400 ms round trip, 50 KB/s, Chromium, median of 3)\n\n| JavaScript | heading visible | first contentful paint | scripts loaded |\n|---|---:|---:|---:|\n${r.slowLink
        .map((s) => `| ${s.js ? "on" : "off"} | ${s.heading} ms | ${s.fcp} ms | ${s.scripts} |`)
        .join("\n")}\n`
    : "";
  const burst = r.burst
    ? `## 1,000 people register at the same moment for an event with 100 seats\n\n${r.burst.accepted} of ${r.burst.sent} answered with their page (a held seat or a place in the waiting list); median ${r.burst.p50.toFixed(0)} ms, p99 ${r.burst.p99.toFixed(0)} ms, the last answered after ${r.burst.max.toFixed(0)} ms. Answers: ${JSON.stringify(r.burst.answers)}. Largest RSS: ${mb(r.burstRss ?? 0)}.\n\nThe same 1,000 posts of the same fields, sent just before and just after to the bare app's action (\`bench/bare\`: it reads the form and answers with a redirect, and does nothing else)${bareBurst(r).replace(/^; the bare app's action that only reads the form and redirects/, "")}.\n`
    : "";
  const md = `# Benchmark results

Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.

Machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}. The machine is shared (other builds and tests ran meanwhile), so every figure is a ratio to a yardstick measured at the same moment.

The yardstick: a bare Remix v2 app (\`bench/bare\`: one route, one sentence, the default entries) served by \`remix-serve\` from its own install. Each page is measured between two runs of it (autocannon, 20 connections, ${r.seconds} s after a 1 s warm-up) and compared with their mean; when those two runs differ by more than a quarter, the page is measured again. autocannon sends no cookies and asks for no compression: every request is a first visit (a new CSRF token and its cookie).

Database: ${Object.entries(r.sizes)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ")}, plus the seed content; each working group has 60 members, 12 milestones and 40 updates; each pledge 3 progress reports.

## The figures of issue 19

${summary(r)}

${sections.join("\n")}
${burst}
${weights}
${slow}`;
  fs.writeFileSync(file, md);
  // As the repository's lint checks it (npm test fails on an unformatted file).
  execFileSync(path.join("node_modules", ".bin", "prettier"), ["--write", file], { stdio: "ignore" });
  console.log(`\n${summary(r)}\n\nWritten to ${file}`);
}
