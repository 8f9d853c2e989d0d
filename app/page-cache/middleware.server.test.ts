import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { organisations, organisationTypes } from "../../db/schema";
import { write } from "~/utils/db.server";
import { CSRF_SLOT, csrfTokenFrom } from "~/utils/csrf.server";
import { pageCacheMiddleware } from "./middleware.server";
import { resetPageCache, type PageRecord } from "./store.server";

process.env.PAGE_CACHE_HEADER = "true";
// The default window (2 s): a shorter one could pass by itself on a busy machine between two requests.
process.env.PAGE_CACHE_STALE_MS = "2000";
const pastTheWindow = () => new Promise((r) => setTimeout(r, 2_050));
// A second, not the default 250 ms: five writes and readings took longer than 250 ms on a loaded machine.
process.env.PAGE_CACHE_REFRESH_MS = "1000";
const pastRefresh = () => new Promise((r) => setTimeout(r, 1_050));

// A stand-in for Remix behind the same middleware: it takes 30 ms to render, says whether the
// page may be kept, and counts how often it rendered and how many renders overlapped.
let renders = 0;
let inFlight = 0;
let mostInFlight = 0;
let nonces = 0;
let gone = false;
let hold: Promise<void> | undefined;
const app = express();
app.use((_req, res, next) => {
  res.locals.cspNonce = `nonce${++nonces}`;
  next();
});
app.use(pageCacheMiddleware);
app.all("*", (req, res) => {
  renders++;
  inFlight++;
  mostInFlight = Math.max(mostInFlight, inFlight);
  const page = res.locals.page as PageRecord | undefined;
  const render = () =>
    setTimeout(() => {
      inFlight--;
      // As the root loader does: the visitor's token in the record, the placeholder in the page.
      const token = csrfTokenFrom(req.get("cookie")).token;
      if (page) Object.assign(page, { cacheable: !req.path.startsWith("/en/own/"), csrf: token, lang: "en" });
      if (gone) res.status(404);
      res.type("html");
      res.write(`<script nonce="${res.locals.cspNonce}"></script><input name="_csrf" value="${CSRF_SLOT.slice(0, 30)}`);
      res.end(`${CSRF_SLOT.slice(30)}"><p>render ${renders}</p>`);
    }, 30);
  if (hold) void hold.then(render);
  else render();
});

let origin = "";
let server: ReturnType<typeof app.listen>;
beforeAll(async () => {
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  resetPageCache();
  renders = 0;
  mostInFlight = 0;
  gone = false;
  hold = undefined;
});

const get = (path: string, init?: RequestInit) => fetch(origin + path, init);
const aWrite = () =>
  write((tx) =>
    tx
      .insert(organisations)
      .values({ name: `Org ${Date.now()}`, type: organisationTypes[0], country: "KE", lang: "en", createdAt: Date.now() })
      .run(),
  );

describe("the page cache in front of the renderer", () => {
  it("renders a page once and serves it again with the response's own nonce and the visitor's token", async () => {
    const firstToken = csrfTokenFrom(undefined).token;
    const first = await get("/en/events", { headers: { Cookie: `gda_csrf=${firstToken}` } });
    expect(first.headers.get("x-page-cache")).toBeNull();
    // The one who caused the render gets their own token too, filled in across the chunks.
    expect(await first.text()).toContain(`value="${firstToken}"`);
    const mine = csrfTokenFrom(undefined).token;
    const second = await get("/en/events", { headers: { Cookie: `gda_csrf=${mine}` } });
    expect(second.headers.get("x-page-cache")).toBe("hit");
    const html = await second.text();
    expect(html).toContain(`value="${mine}"`);
    expect(html).not.toContain(CSRF_SLOT);
    expect(html).toMatch(/nonce="nonce\d+"/);
    expect(html).not.toContain('nonce="nonce1"');
    expect(renders).toBe(1);
  });

  it("after a write, readers get the page they had while one of them renders its replacement", async () => {
    await (await get("/en/events")).text();
    await pastRefresh();
    aWrite();
    // The replacement's render is held until the others have been answered.
    let open!: () => void;
    hold = new Promise<void>((r) => (open = r));
    const renderer = get("/en/events");
    while (renders < 2) await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < 9; i++) {
      const other = await get("/en/events");
      expect(other.headers.get("x-page-cache")).toBe("hit");
      expect(await other.text()).toContain("<p>render 1</p>");
    }
    open();
    const first = await renderer;
    expect(first.headers.get("x-page-cache")).toBeNull();
    expect(await first.text()).toContain("<p>render 2</p>");
    expect(renders).toBe(2);
    // The replacement is kept, and served from then on.
    const next = await get("/en/events");
    expect(next.headers.get("x-page-cache")).toBe("hit");
    expect(await next.text()).toContain("<p>render 2</p>");
    expect(renders).toBe(2);
  });

  it("after a stream of writes, a page rendered less than PAGE_CACHE_REFRESH_MS ago is served as it is, and rendered again once that has passed", async () => {
    await (await get("/en/events")).text();
    for (let i = 0; i < 5; i++) {
      aWrite();
      const kept = await get("/en/events");
      expect(kept.headers.get("x-page-cache")).toBe("hit");
      expect(await kept.text()).toContain("<p>render 1</p>");
    }
    expect(renders).toBe(1);
    await pastRefresh();
    aWrite();
    const renderer = await get("/en/events");
    expect(renderer.headers.get("x-page-cache")).toBeNull();
    expect(await renderer.text()).toContain("<p>render 2</p>");
    expect(renders).toBe(2);
  });

  it("never serves someone who has just posted a page from before their write", async () => {
    const mine = csrfTokenFrom(undefined).token;
    await (await get("/en/events")).text();
    await (await get("/en/events/x", { method: "POST", headers: { Cookie: `gda_csrf=${mine}` } })).text();
    aWrite();
    const theirs = await get("/en/events", { headers: { Cookie: `gda_csrf=${mine}` } });
    expect(await theirs.text()).toContain("<p>render 3</p>");
    expect(theirs.headers.get("x-page-cache")).toBeNull();
  });

  it("after a write, a page rendered longer ago than the window is not served: ten readers cause one render, and all get the new page", async () => {
    await (await get("/en/events")).text();
    await pastTheWindow();
    aWrite();
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/en/events")));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(renders).toBe(2);
    expect(answers.filter((r) => r.headers.get("x-page-cache") === "hit")).toHaveLength(9);
    for (const body of bodies) expect(body).toContain("<p>render 2</p>");
  });

  it("lets those waiting render at once when the page could not be kept this time", async () => {
    await (await get("/en/events/old")).text();
    await pastTheWindow();
    gone = true;
    aWrite();
    const answers = await Promise.all(Array.from({ length: 6 }, () => get("/en/events/old")));
    expect(answers.map((r) => r.status)).toEqual(Array(6).fill(404));
    await Promise.all(answers.map((r) => r.text()));
    // One render first, then the five that waited, side by side rather than one after another.
    expect(renders).toBe(7);
    expect(mostInFlight).toBe(5);
  });

  it("never holds up requests for a page that is not kept, and never keeps what a form posted", async () => {
    await Promise.all(Array.from({ length: 5 }, () => get("/en/own/registration").then((r) => r.text())));
    expect(renders).toBe(5);
    expect(mostInFlight).toBe(5);
    await (await get("/en/events", { method: "POST" })).text();
    const after = await get("/en/events");
    expect(after.headers.get("x-page-cache")).toBeNull();
  });
});
