import { Transform } from "node:stream";

/** The size of the buffer React 18's Node renderer fills before it writes (VIEW_SIZE in react-dom/server.node). */
export const REACT_VIEW_SIZE = 2048;

/**
 * React 18's Node renderer (react-dom 18.3.1) encodes text into a 2,048-byte buffer; when the next
 * character does not fit in what is left of it, it writes the whole buffer, unwritten bytes
 * included (facebook/react#24985, fixed for React 19 by facebook/react#26228). Those are NUL
 * bytes in the middle of a word of Arabic, Russian or Chinese — in an attribute a browser shows
 * them as "�" and a screen reader reads them. Text in UTF-8 never ends with a zero byte unless it
 * holds U+0000, which no text of the portal does: a full buffer's trailing zeros (at most three,
 * a character being four bytes at most) are dropped.
 */
export function dropUnwrittenBytes(chunk: Uint8Array): Uint8Array {
  if (chunk.byteLength !== REACT_VIEW_SIZE || chunk[REACT_VIEW_SIZE - 1] !== 0) return chunk;
  let end = REACT_VIEW_SIZE;
  while (end > REACT_VIEW_SIZE - 3 && chunk[end - 1] === 0) end--;
  return chunk.subarray(0, end);
}

/** The stream React's rendering is piped into, each chunk as React wrote it less those bytes. */
export function renderedPage() {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, dropUnwrittenBytes(chunk));
    },
  });
}
