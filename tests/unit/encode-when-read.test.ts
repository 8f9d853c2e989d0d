import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { encodeWhenRead } from "../../server/encode-when-read.js";

const require = createRequire(import.meta.url);
type Encode = (data: unknown, signal: AbortSignal, timeout?: number, mode?: string) => ReadableStream<Uint8Array>;
type SingleFetch = { encodeViaTurboStream: Encode & { whenRead?: boolean } };
const installed = require("@remix-run/server-runtime/dist/single-fetch.js") as SingleFetch;

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("encoding a page's data for the browser only when a page with scripts reads it", () => {
  const original = installed.encodeViaTurboStream;

  it("wraps the installed @remix-run/server-runtime, which the document request calls through its exports", () => {
    expect(require("node:fs").readFileSync(require.resolve("@remix-run/server-runtime/dist/server.js"), "utf8")).toContain(
      "serverHandoffStream: singleFetch.encodeViaTurboStream(",
    );
    expect(encodeWhenRead(installed)).toBe(true);
    expect(installed.encodeViaTurboStream.whenRead).toBe(true);
    expect(encodeWhenRead(installed)).toBe(true); // twice: wrapped once
  });

  it("reads nothing of the data until the stream is read, then gives the same bytes as Remix's own encoding", async () => {
    let reads = 0;
    const data = {
      get loaderData() {
        reads++;
        return { root: { lang: "ar", title: "إعلان" }, page: { n: 3, list: [1, 2, 3] } };
      },
    };
    const lazy = installed.encodeViaTurboStream(data, new AbortController().signal, 1000, "production");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reads).toBe(0);
    const fresh = { loaderData: { root: { lang: "ar", title: "إعلان" }, page: { n: 3, list: [1, 2, 3] } } };
    const expected = await text(original(fresh, new AbortController().signal, 1000, "production"));
    expect(await text(lazy)).toBe(expected);
    expect(reads).toBe(1);
  });

  it("a stream never read is simply dropped, and one cancelled before reading stays unread", async () => {
    let reads = 0;
    const data = {
      get loaderData() {
        reads++;
        return {};
      },
    };
    const stream = installed.encodeViaTurboStream(data, new AbortController().signal, 1000, "production");
    await stream.cancel("page sent");
    expect(reads).toBe(0);
  });
});
