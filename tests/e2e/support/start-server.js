// Started by Playwright: a fresh database and mail folder for this run, staff accounts, then the
// production server built by `npm run build`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve("tests/.tmp/e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

Object.assign(process.env, {
  NODE_ENV: "production",
  PORT: process.env.E2E_PORT || "3100",
  HOST: "127.0.0.1",
  DATABASE_PATH: path.join(dir, "portal.sqlite"),
  MAIL_DIR: path.join(dir, "mail"),
  // Every folder of its own too: at start the server removes the files its database does not name,
  // which in data/ would be the developer's own letters and materials.
  LETTERS_DIR: path.join(dir, "letters"),
  PUBLIC_URL: `http://localhost:${process.env.E2E_PORT || "3100"}`,
  RATE_LIMIT_PUBLIC: "10000",
  // Every journey registers from 127.0.0.1; the holds budget has its own unit tests.
  SEAT_HOLDS_PER_ADDRESS: "100000",
  RATE_LIMIT_SIGNIN: "200",
  UNVERIFIED_LETTERS_PER_IP: "1000",
  // Small enough for trust-data.spec.ts to fill with one letter; the other specs upload letters of a few hundred bytes.
  UNVERIFIED_LETTERS_MAX_MB: "3",
  MATERIALS_DIR: path.join(dir, "materials"),
  OUTBOX_POLL_MS: "200",
  // page-cache.spec reads whether a page came from memory; off by default in production.
  PAGE_CACHE_HEADER: "true",
  STAFF_PASSWORD: "e2e-secretariat-password",
});
delete process.env.SMTP_URL;

const accounts = [
  ["admin@example.org", "Ada Admin", "admin"],
  ["editor@example.org", "Eli Editor", "editor"],
  ["reviewer@example.org", "Rania Reviewer", "reviewer"],
];
for (const [email, name, role] of accounts) {
  execFileSync("npx", ["tsx", "scripts/staff.ts", "add", "--email", email, "--name", name, "--role", role], {
    stdio: "inherit",
    env: process.env,
  });
}
await import(path.resolve("server.js"));
