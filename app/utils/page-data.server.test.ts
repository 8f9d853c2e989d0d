import type { EntryContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { readPageData } from "./page-data.server";

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe("a page's data for the browser, read before the page is rendered", () => {
  it("is left as Remix's StreamTransfer keeps what it has read: each chunk settled, then the end", async () => {
    // "ß" cut between two chunks: decoded as one text, as StreamTransfer's own streaming decoder does.
    const bytes = new TextEncoder().encode('["Straße"]');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 7));
        controller.enqueue(bytes.subarray(7));
        controller.close();
      },
    });
    const context = { serverHandoffStream: stream, renderMeta: {} } as unknown as EntryContext;
    expect(await readPageData(context, new AbortController().signal, 1000)).toBe(true);
    const cache = context.renderMeta!.streamCache!;
    expect(Object.keys(cache)).toEqual(["0", "1", "2"]);
    expect(cache[0]!.result!.value + cache[1]!.result!.value).toBe('["Straße"]');
    expect([cache[0]!.result!.done, cache[1]!.result!.done, cache[2]!.result!.done]).toEqual([false, false, true]);
    await expect(cache[0]).resolves.toBeUndefined();
    // RemixServer still takes its own reader from the stream.
    expect(() => stream.getReader()).not.toThrow();
  });

  it("reads nothing when Remix sends no data stream", async () => {
    expect(await readPageData({ renderMeta: {} } as unknown as EntryContext, new AbortController().signal, 1000)).toBe(false);
    const context = { serverHandoffStream: streamOf("[]") } as unknown as EntryContext;
    expect(await readPageData(context, new AbortController().signal, 1000)).toBe(false);
  });

  it("gives up on data that is not whole in time, or once the visitor has gone, and cancels the stream", async () => {
    let cancelled: unknown;
    const never = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("[1]"));
        },
        cancel(reason) {
          cancelled = reason;
        },
      });
    const slow = { serverHandoffStream: never(), renderMeta: {} } as unknown as EntryContext;
    await expect(readPageData(slow, new AbortController().signal, 20)).rejects.toThrow("not whole within 20 ms");
    expect(cancelled).toBeInstanceOf(Error);
    expect(slow.renderMeta!.streamCache).toBeUndefined();
    const gone = new AbortController();
    const pending = readPageData({ serverHandoffStream: never(), renderMeta: {} } as unknown as EntryContext, gone.signal, 60_000);
    gone.abort();
    await expect(pending).rejects.toThrow("aborted");
  });
});
