// Runs several package scripts at the same time and fails if any fails: `npm test` checks types,
// lints and installs the tests' browser together (one is mostly one core, one mostly the network),
// which saves a quarter of a minute on two cores. Each script's output is printed whole when it ends.
import { spawn } from "node:child_process";

const names = process.argv.slice(2);
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn("npm", ["run", "--silent", name], { stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        child.on("close", (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(`\n> ${name} (${code === 0 ? "passed" : `failed, exit code ${code}`}, ${seconds} s)\n${output}`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
