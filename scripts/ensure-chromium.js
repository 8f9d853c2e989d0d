// Playwright cannot download its browsers here: the tests use Debian's Chromium, preferably its
// headless shell (scripts/chromium-path.js).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { chromiumPath, FULL_CHROMIUM, HEADLESS_SHELL } from "./chromium-path.js";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
const install = (pkg) => {
  console.log(`Installing Debian's ${pkg} package for the browser tests…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env });
};

if (!process.env.CHROMIUM_PATH && isRoot && !fs.existsSync(HEADLESS_SHELL)) {
  try {
    install("chromium-headless-shell");
  } catch {
    // An older Debian has no headless shell: the full browser does the same work, more slowly.
    if (!fs.existsSync(FULL_CHROMIUM)) install("chromium");
  }
}
const path = chromiumPath();
if (!path || !fs.existsSync(path)) {
  console.error(
    `Chromium was not found${path ? ` at ${path}` : ""}. Install Debian's "chromium-headless-shell" (or "chromium") package, or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
