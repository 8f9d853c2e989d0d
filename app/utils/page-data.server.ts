import type { EntryContext } from "@remix-run/node";

type StreamCache = NonNullable<NonNullable<EntryContext["renderMeta"]>["streamCache"]>;

/**
 * Reads a page's data for the browser (Remix's turbo-stream, `serverHandoffStream`) to its end,
 * and leaves it where Remix's <StreamTransfer> looks for what it has read already. StreamTransfer
 * then writes every chunk's script without suspending, so the page renders to one string
 * (renderToString) instead of through React's stream, a PassThrough and a web stream. Only for a
 * page whose data is whole at once: the portal's loaders defer nothing. False when there is no
 * stream to read (Remix without single fetch).
 */
export async function readPageData(context: EntryContext): Promise<boolean> {
  const stream = context.serverHandoffStream;
  if (!stream || !context.renderMeta) return false;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const cache: StreamCache = {};
  for (let i = 0; ; i++) {
    const { done, value } = await reader.read();
    // What StreamTransfer itself would have kept for chunk i once its read had settled.
    cache[i] = Object.assign(Promise.resolve(), { result: { done, value: decoder.decode(value, { stream: !done }) } });
    if (done) break;
  }
  // RemixServer takes a reader of its own from the stream, now closed: it never reads it.
  reader.releaseLock();
  context.renderMeta.streamCache = cache;
  return true;
}
