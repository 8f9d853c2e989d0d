/**
 * The bench's load: autocannon runs of a page side by side with the bare Remix app, registrations
 * sent at a steady rate or all at once, and the server's memory sampled meanwhile.
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { registrationForm } from "./registration-form.js";

export type Row = { name: string; path: string; rps: number; p50: number; p99: number; errors: number };

export async function measure(name: string, url: string, seconds: number): Promise<Row> {
  const opts = { url, connections: 20 };
  await autocannon({ ...opts, duration: 1 }); // warm-up
  const r = await autocannon({ ...opts, duration: seconds });
  const row = { name, path: new URL(url).pathname, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
  console.log(`${name.padEnd(30)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}`);
  return row;
}

export type Pair = { page: Row; bareBefore: Row; bareAfter: Row; ratio: number; repeated: boolean };

/**
 * Each page is measured between two runs of the bare app, and compared with their mean: the
 * machine is shared, and its speed drifts over seconds. When the two bare runs differ by more
 * than a quarter, the load around them was disturbed and the page is measured once more.
 */
export async function sideBySide(pages: readonly (readonly [string, string])[], origin: string, bareUrl: string, seconds: number) {
  const pairs: Pair[] = [];
  let bare = await measure("bare Remix app", bareUrl, seconds);
  for (const [name, p] of pages) {
    let repeated = false;
    for (let attempt = 0; ; attempt++) {
      const page = await measure(name, origin + p, seconds);
      const after = await measure("bare Remix app", bareUrl, seconds);
      const disturbed = Math.abs(after.rps - bare.rps) / Math.max(after.rps, bare.rps) > 0.25;
      if (disturbed && attempt === 0) {
        console.log("  (the bare app's figures moved by more than a quarter: measured again)");
        repeated = true;
        bare = after;
        continue;
      }
      pairs.push({ page, bareBefore: bare, bareAfter: after, ratio: page.rps / ((bare.rps + after.rps) / 2), repeated });
      bare = after;
      break;
    }
  }
  return pairs;
}

/** The largest resident set of a process, read from /proc every 200 ms until stopped (Linux). */
export function sampleMemory(pid: number) {
  let most = 0;
  const read = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      most = Math.max(most, kb * 1024);
    } catch {
      // gone, or not Linux
    }
  };
  read();
  const timer = setInterval(read, 200);
  return () => {
    clearInterval(timer);
    read();
    return most;
  };
}

/** A first visit to the form's page, as a browser makes it: the cookie and the form's token. */
async function visitForm(url: string) {
  const first = await fetch(url);
  const cookie = first.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const html = await first.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error(`No form at ${url}`);
  // Where the event offers several participation types (a hybrid event), the form asks for one: the first.
  const participationType = /name="participationType" value="(\d+)"/.exec(html)?.[1];
  return { cookie, csrf, participationType };
}

let sent = 0;
/** One registration as the form sends it; resolves with its time in ms and whether it was answered with a redirect. */
async function register(url: string, form: Awaited<ReturnType<typeof visitForm>>) {
  const n = sent++;
  const body = registrationForm(form, n);
  const started = performance.now();
  try {
    const r = await fetch(url, {
      method: "POST",
      body,
      headers: { ...(form.cookie ? { Cookie: form.cookie } : {}), Origin: new URL(url).origin },
      redirect: "manual",
    });
    await r.arrayBuffer();
    return { ms: performance.now() - started, ok: r.status === 302 || r.status === 303, status: String(r.status) };
  } catch (e) {
    return { ms: performance.now() - started, ok: false, status: (e as Error).message };
  }
}

export type Writes = { sent: number; accepted: number; p50: number; p99: number; answers: Record<string, number> };
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function summarise(results: { ms: number; ok: boolean; status: string }[]) {
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const answers: Record<string, number> = {};
  for (const r of results) answers[r.status] = (answers[r.status] ?? 0) + 1;
  return {
    sent: results.length,
    accepted: results.filter((r) => r.ok).length,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: times.at(-1) ?? 0,
    answers,
  };
}

/** Registers a new person at the event `rate` times a second on a clock (not after each answer), until stopped. */
export async function startRegistering(url: string, rate: number) {
  const form = await visitForm(url);
  const pending: ReturnType<typeof register>[] = [];
  const timer = setInterval(() => pending.push(register(url, form)), 1000 / rate);
  return {
    async stop(): Promise<Writes> {
      clearInterval(timer);
      return summarise(await Promise.all(pending));
    },
  };
}

/** `count` people press "Register" at the same moment. */
export async function burst(url: string, count: number) {
  return burstOf(url, count, await visitForm(url));
}

/** The same fields posted to the bare app's action, which asks for no cookie or token. */
export const bareBurst = (url: string, count: number) => burstOf(url, count, { cookie: "", csrf: "", participationType: undefined });

async function burstOf(url: string, count: number, form: Awaited<ReturnType<typeof visitForm>>) {
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: count }, () => register(url, form)));
  return { ...summarise(results), wall: performance.now() - started };
}
