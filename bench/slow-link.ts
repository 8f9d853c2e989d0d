/**
 * A page on a slow link (400 ms round trip, 50 KB/s down): how long until its heading can be
 * seen, with JavaScript on and off, in the Chromium the browser tests use (scripts/chromium-path.js).
 */
import { chromium } from "@playwright/test";
import { chromiumPath } from "../scripts/chromium-path.js";

export type SlowLink = { js: boolean; heading: number; fcp: number; scripts: number };

export async function slowLink(url: string, runs = 3): Promise<SlowLink[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const out: SlowLink[] = [];
  try {
    for (const js of [true, false]) {
      const samples: SlowLink[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ javaScriptEnabled: js });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 });
        let scripts = 0;
        page.on("response", (r) => {
          if ((r.headers()["content-type"] ?? "").includes("javascript")) scripts++;
        });
        const started = Date.now();
        await page.goto(url, { waitUntil: "commit" });
        await page.locator("h1").first().waitFor({ state: "visible", timeout: 60_000 });
        const heading = Date.now() - started;
        await page.waitForLoadState("load");
        // First contentful paint, from navigation start (the browser's own clock).
        const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1);
        samples.push({ js, heading, fcp: Math.round(fcp), scripts });
        await context.close();
      }
      samples.sort((a, b) => a.heading - b.heading);
      const median = samples[Math.floor(samples.length / 2)]!;
      console.log(`slow link, JavaScript ${js ? "on" : "off"}: heading visible ${median.heading} ms, first paint ${median.fcp} ms, ${median.scripts} scripts`);
      out.push(median);
    }
  } finally {
    await browser.close();
  }
  return out;
}
