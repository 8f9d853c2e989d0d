import type { EntryContext } from "@remix-run/node";

type StreamCache = NonNullable<NonNullable<EntryContext["renderMeta"]>["streamCache"]>;

/**
 * Reads a page's data for the browser (Remix's turbo-stream, `serverHandoffStream`) to its end,
 * and leaves it where Remix's <StreamTransfer> looks for what it has read already. StreamTransfer
 * then writes every chunk's script without suspending, so the page renders to one string
 * (renderToString) instead of through React's stream, a PassThrough and a web stream. Only for a
 * page whose data is whole at once: the portal's loaders defer nothing. Should one ever hand over a
 * promise, the page waits for it at most `withinMs`, and not at all once the visitor has gone: then
 * this throws, and Remix answers with the error page. False when there is no stream to read.
 */
export async function readPageData(context: EntryContext, signal: AbortSignal, withinMs: number): Promise<boolean> {
  const stream = context.serverHandoffStream;
  if (!stream || !context.renderMeta) return false;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const cache: StreamCache = {};
  let stop = () => {};
  const givenUp = new Promise<never>((_, reject) => {
    stop = () => reject(new Error(signal.aborted ? "the request was aborted" : `the page's data was not whole within ${withinMs} ms`));
  });
  const timer = setTimeout(stop, withinMs);
  signal.addEventListener("abort", stop, { once: true });
  if (signal.aborted) stop();
  try {
    for (let i = 0; ; i++) {
      const { done, value } = await Promise.race([reader.read(), givenUp]);
      // What StreamTransfer itself would have kept for chunk i once its read had settled.
      cache[i] = Object.assign(Promise.resolve(), { result: { done, value: decoder.decode(value, { stream: !done }) } });
      if (done) break;
    }
  } catch (error) {
    void reader.cancel(error);
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", stop);
  }
  // RemixServer takes a reader of its own from the stream, now closed: it never reads it.
  reader.releaseLock();
  context.renderMeta.streamCache = cache;
  return true;
}
