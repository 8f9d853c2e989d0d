import { Transform, type TransformCallback } from "node:stream";

/**
 * The stream a page's HTML goes through on its way out. React 18's renderToPipeableStream encodes
 * text into 2048-byte views and, when a multi-byte character (é, 中, —) does not fit at the end of
 * one, still sends the whole view: one to three zero bytes that were never written precede the
 * character, which opens the next chunk («Secr\0étaire», «环境\0\0可持续性»). Browsers drop them in
 * HTML text but show � inside SVG (the charts' descriptions), and crawlers and screen readers read
 * them. React fixed it after 18 (facebook/react#26228); until then the padding is cut here. A page
 * never holds a zero byte of its own: the portal's text fields refuse control characters.
 */
export function htmlBody(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      let end = chunk.length;
      while (end > 0 && chunk.length - end < 3 && chunk[end - 1] === 0) end--;
      callback(null, end === chunk.length ? chunk : chunk.subarray(0, end));
    },
  });
}
