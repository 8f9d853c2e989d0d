// Imported first by server.js, beside remember-server-routes.js. For every page, Remix encodes the
// page's loader data for the browser (turbo-stream, `serverHandoffStream`) before React renders,
// and arms a 5-second timer for it. Only <Scripts> reads that stream; a page the portal sends
// without scripts (decision 016) never does, and paid 0.3–0.5 ms a page for it. The stream is
// made lazy: the encoding starts when the stream is first read, and a page with scripts reads the
// same bytes as before. tests/unit/encode-when-read.test.ts checks the installed version.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Wraps `encodeViaTurboStream` of @remix-run/server-runtime's CommonJS build; false when it is not there. */
export function encodeWhenRead(singleFetch = require("@remix-run/server-runtime/dist/single-fetch.js")) {
  const encode = singleFetch.encodeViaTurboStream;
  if (typeof encode !== "function") return false;
  if (encode.whenRead) return true;
  const whenRead = function encodeViaTurboStream(...args) {
    let reader;
    return new ReadableStream(
      {
        async pull(controller) {
          reader ??= encode(...args).getReader();
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel(reason) {
          return reader?.cancel(reason);
        },
      },
      // Nothing is pulled until someone reads (the default would pull one chunk at once).
      { highWaterMark: 0 },
    );
  };
  whenRead.whenRead = true;
  singleFetch.encodeViaTurboStream = whenRead;
  return true;
}

if (!encodeWhenRead()) console.warn("server/encode-when-read.js: @remix-run/server-runtime is not the expected version; page data is encoded for every page");
