import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/chromium-path.js";
import { E2E_PORT, E2E_URL } from "./tests/e2e/support/env";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The journeys are whole user paths (a registration, its email, a cancellation, a promotion):
  // 15–25 s on a quiet two-core machine, and CI shares its cores. A failing assertion still fails
  // within the expect timeout; these only keep a slow machine from failing a passing journey.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: E2E_URL,
    // A trace records every step's page and a screencast, kept or not: it took a third of the
    // browser's time on two cores, and CI shows only the printed report. PW_TRACE=1 records them.
    trace: process.env.PW_TRACE ? "retain-on-failure" : "off",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node tests/e2e/support/start-server.js",
    url: `${E2E_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(E2E_PORT) },
  },
});
