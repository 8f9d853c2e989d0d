const build = await import('./build/index.js');
const ids = process.argv.slice(2);
for (const [id, r] of Object.entries(build.routes)) {
  if (!ids.some(x => id === x)) continue;
  const params = JSON.parse(process.env.PARAMS || '{"lang":"en"}');
  const url = process.env.URL_ || 'http://x/en';
  const call = () => r.module.loader({ params, request: new Request(url), context: {} });
  for (let i = 0; i < 300; i++) await call();
  const c0 = process.cpuUsage(); const a = performance.now();
  for (let i = 0; i < 2000; i++) await call();
  const c = process.cpuUsage(c0);
  console.log(id, ((performance.now() - a) / 2000).toFixed(3), 'ms wall', ((c.user + c.system) / 2000 / 1000).toFixed(3), 'ms cpu');
}
process.exit(0);
