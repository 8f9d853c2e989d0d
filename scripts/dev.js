// `npm run dev`: Remix rebuilds build/ on every change to app/, and the server restarts on every
// new build (node --watch-path), so a saved file is served a moment later. Ctrl-C stops both.
import { spawn } from "node:child_process";

const env = { ...process.env, NODE_ENV: "development" };
const run = (args) => spawn(process.execPath, args, { stdio: "inherit", env });
const build = run(["node_modules/@remix-run/dev/dist/cli.js", "build"]);
build.on("exit", (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const children = [run(["node_modules/@remix-run/dev/dist/cli.js", "watch"]), run(["--watch-path=./build", "server.js"])];
  const stop = () => {
    for (const child of children) child.kill("SIGTERM");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (const child of children) child.on("exit", stop);
});
