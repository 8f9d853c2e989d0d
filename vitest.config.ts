import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    include: ["app/**/*.test.ts", "db/**/*.test.ts", "emails/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    pool: "forks",
    // Three forks on two cores: vitest's default ran one here, and a file waits on its database and
    // on scrypt as much as it computes (120 files: 173 s with one fork, 115 s with three).
    maxWorkers: 3,
    minWorkers: 3,
    testTimeout: 30_000,
  },
});
