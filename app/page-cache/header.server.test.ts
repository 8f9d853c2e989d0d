import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageCacheMiddleware } from "./middleware.server";
import type { PageRecord } from "./store.server";

// Without PAGE_CACHE_HEADER an operator has not asked for it: a kept page looks like any other.
let renders = 0;
const app = express();
app.use(pageCacheMiddleware);
app.get("*", (_req, res) => {
  renders++;
  Object.assign(res.locals.page as PageRecord, { cacheable: true });
  res.type("html").end(`<p>render ${renders}</p>`);
});
let server: ReturnType<typeof app.listen>;
let origin = "";
beforeAll(async () => {
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe("the page cache's header", () => {
  it("is not sent by default, though the page was served from memory", async () => {
    await (await fetch(`${origin}/en/events`)).text();
    const again = await fetch(`${origin}/en/events`);
    expect(await again.text()).toBe("<p>render 1</p>");
    expect(renders).toBe(1);
    expect(again.headers.get("x-page-cache")).toBeNull();
  });
});
