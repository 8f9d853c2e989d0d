// Playwright cannot download its browsers here: the tests use Debian's chromium.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(path)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || process.env.CHROMIUM_PATH) {
    console.error(`Chromium was not found at ${path}. Install Debian's "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log("Installing Debian's chromium package for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
}
