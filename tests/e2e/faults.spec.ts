import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import Database from "better-sqlite3";
import { SMTPServer } from "smtp-server";

/**
 * Faults the portal must survive: the mail server down for a whole run, and the process killed
 * in the middle of a burst of registrations. Each test runs its own server on its own database.
 */
test.describe.configure({ mode: "serial" });

const EVENT = "/en/events/example-webinar-green-standards";

async function startPortal(dir: string, port: number, extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_PATH: path.join(dir, "portal.sqlite"),
    MAIL_DIR: path.join(dir, "mail"),
    LETTERS_DIR: path.join(dir, "letters"),
    // Its own, as every folder: the start-up sweep removes the files this database does not name.
    MATERIALS_DIR: path.join(dir, "materials"),
    RATE_LIMIT_PUBLIC: "100000",
    SEAT_HOLDS_PER_ADDRESS: "100000",
    OUTBOX_POLL_MS: "100",
    SEED_EXAMPLES: "true",
    ...extra,
  };
  if (!extra.SMTP_URL) delete env.SMTP_URL;
  const child = spawn(process.execPath, ["server.js"], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`portal did not start: ${stderr}`);
}

function stop(child: ChildProcess, signal: NodeJS.Signals) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

async function registrar(port: number) {
  const api = await playwrightRequest.newContext({ baseURL: `http://localhost:${port}` });
  const html = await (await api.get(EVENT)).text();
  const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
  const register = (email: string) =>
    api.post(EVENT, {
      form: {
        _csrf: csrf,
        fax_number: "",
        firstName: "Nadia",
        lastName: "Haddad",
        email,
        organisation: "Ministry of ICT",
        organisationType: "member-state",
        country: "TN",
        jobTitle: "Engineer",
        gender: "",
        accessibilityNeeds: "",
        consent: "on",
      },
      maxRedirects: 0,
      timeout: 30_000,
    });
  return { api, register };
}

const freshDir = (name: string) => {
  const dir = path.resolve("tests/.tmp", name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

test("mail server down for a whole run, then back: every email is delivered exactly once", async () => {
  test.setTimeout(90_000);
  const dir = freshDir("fault-smtp");
  const smtpPort = 2587;
  const env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, OUTBOX_RETRY_SCALE: "0.0005" };

  // Run 1: nothing listens on the SMTP port.
  let portal = await startPortal(dir, 3191, env);
  const people = Array.from({ length: 5 }, (_, i) => `outage${i}@example.org`);
  const { api, register } = await registrar(3191);
  for (const email of people) expect((await register(email)).status()).toBe(302);
  await api.dispose();
  const db = new Database(path.join(dir, "portal.sqlite"), { readonly: true });
  const failedAttempts = () => db.prepare("select count(*) n from outbox where status = 'queued' and attempts > 0").get() as { n: number };
  await expect.poll(() => failedAttempts().n, { timeout: 15_000 }).toBe(5);
  await stop(portal, "SIGTERM");

  // The mail server comes back, then the portal: what was queued goes out, once each.
  const received: { id: string; to: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c) => (raw += c));
      stream.on("end", () => {
        received.push({ id: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? "", to: session.envelope.rcptTo.map((r) => r.address).join() });
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(smtpPort, "127.0.0.1", r));
  portal = await startPortal(dir, 3191, env);
  try {
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(5);
    await new Promise((r) => setTimeout(r, 1500)); // room for a duplicate to show up, if there were one
    expect(received).toHaveLength(5);
    expect(new Set(received.map((m) => m.id)).size).toBe(5);
    expect(received.map((m) => m.to).sort()).toEqual([...people].sort());
    expect((db.prepare("select count(*) n from outbox where status = 'sent'").get() as { n: number }).n).toBe(5);
  } finally {
    db.close();
    await stop(portal, "SIGTERM");
    await new Promise<void>((r) => smtp.close(() => r()));
  }
});

test("killed with SIGKILL in the middle of a burst: every acknowledged registration is kept and the database is intact", async () => {
  test.setTimeout(90_000);
  const dir = freshDir("fault-kill");
  let portal = await startPortal(dir, 3192);
  const { api, register } = await registrar(3192);
  const acknowledged: string[] = [];
  const burst = Array.from({ length: 300 }, (_, i) => `kill${i}@example.org`).map(
    (email) =>
      register(email)
        .then((r) => {
          if (r.status() === 302) acknowledged.push(email);
          if (acknowledged.length === 60) portal.kill("SIGKILL");
        })
        .catch(() => undefined), // the connection dies with the process
  );
  await Promise.all(burst);
  await api.dispose();
  expect(portal.signalCode).toBe("SIGKILL");
  expect(acknowledged.length).toBeGreaterThanOrEqual(60);
  expect(acknowledged.length).toBeLessThan(300);

  portal = await startPortal(dir, 3192);
  const db = new Database(path.join(dir, "portal.sqlite"), { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Set((db.prepare("select email from registrations").all() as { email: string }[]).map((r) => r.email));
    expect(acknowledged.filter((e) => !stored.has(e))).toEqual([]);
    // Nothing half-written: each registration has its email in the outbox, and no seat is sold twice.
    const withoutEmail = db.prepare("select count(*) n from registrations r where not exists (select 1 from outbox o where o.to_address = r.email)").get() as {
      n: number;
    };
    expect(withoutEmail.n).toBe(0);
    const confirmed = db
      .prepare(
        "select count(*) n from registrations r join events e on e.id = r.event_id where e.slug = 'example-webinar-green-standards' and r.status in ('confirmed', 'held')",
      )
      .get() as { n: number };
    expect(confirmed.n).toBeLessThanOrEqual(100);
    // And the restarted portal still takes registrations.
    const { api: again, register: registerAgain } = await registrar(3192);
    expect((await registerAgain("after-restart@example.org")).status()).toBe(302);
    await again.dispose();
  } finally {
    db.close();
    await stop(portal, "SIGTERM");
  }
});
