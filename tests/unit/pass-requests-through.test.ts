import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadAs } from "./load-patched";
import { passRequestsThrough } from "../../server/request-passing.js";

const require = createRequire(import.meta.url);
const file = require.resolve("@remix-run/server-runtime/dist/data.js");

type Loader = (args: { request: Request }) => unknown;
type Data = {
  callRouteLoader(args: { request: Request; loader: Loader; params: object; loadContext: object; routeId: string; singleFetch: boolean }): Promise<unknown>;
};
const load = (source: string) => loadAs<Data>(file, source);

/** The request a loader is given for `url`, through Remix's data.js as loaded. */
async function seen(data: Data, request: Request, singleFetch = true) {
  let given: Request | undefined;
  await data.callRouteLoader({ request, loader: ({ request }) => ((given = request), null), params: {}, loadContext: {}, routeId: "r", singleFetch });
  return given!;
}

describe("passing the request to loaders as it came, when there is nothing to take out of its address", () => {
  const source = fs.readFileSync(file, "utf8");
  const patched = passRequestsThrough(source);

  it("finds its text in the installed @remix-run/server-runtime", () => {
    expect(patched).toBeDefined();
    expect(patched!.match(/if \(!hasParam\(request\.url, /g)).toHaveLength(3);
  });

  it("gives a loader the very request when its address has no index, _routes or _data parameter", async () => {
    const data = load(patched!);
    for (const url of ["http://x/en/events", "http://x/en/events?page=2&q=cop", "http://x/en/events?indexes=1#index"]) {
      const request = new Request(url);
      expect(await seen(data, request)).toBe(request);
      expect(await seen(data, request, false)).toBe(request);
    }
  });

  it("still takes the parameters out as Remix does, with the same address, method, headers and body", async () => {
    const before = load(source);
    const after = load(patched!);
    const urls = [
      "http://x/en/events?index",
      "http://x/en/events?index&index=kept",
      "http://x/en/events.data?_routes=routes%2Fx&page=2",
      "http://x/en?_data=root",
    ];
    for (const url of urls) {
      for (const singleFetch of [true, false]) {
        const make = () => new Request(url, { method: "POST", body: "a=1", headers: { "content-type": "application/x-www-form-urlencoded", "x-test": "1" } });
        const [a, b] = [await seen(before, make(), singleFetch), await seen(after, make(), singleFetch)];
        expect(b.url).toBe(a.url);
        expect([b.method, b.headers.get("x-test"), await b.text()]).toEqual([a.method, a.headers.get("x-test"), await a.text()]);
      }
    }
    expect((await seen(after, new Request("http://x/en/events?index&page=2"))).url).toBe("http://x/en/events?page=2");
    expect((await seen(after, new Request("http://x/en/events.data?_routes=r&page=2"))).url).toBe("http://x/en/events.data?page=2");
  });
});
