import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Each test file gets its own database and mail folder, so files can run in parallel.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gda-unit-"));
process.env.DATABASE_PATH = path.join(dir, "portal.sqlite");
process.env.MAIL_DIR = path.join(dir, "mail");
process.env.LETTERS_DIR = path.join(dir, "letters");
process.env.MATERIALS_DIR = path.join(dir, "materials");
process.env.NODE_ENV = "test";
delete process.env.SMTP_URL;

afterAll(() => {
  globalThis.__portalDb?.sqlite.close();
  globalThis.__portalDb = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});
