import { PassThrough, type Writable } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream, renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dropUnwrittenBytes, REACT_VIEW_SIZE, renderedPage } from "./render-stream.server";

/** A page of Russian and Arabic paragraphs: their two-byte letters fall across React's 2,048-byte buffers. */
const page = () =>
  createElement(
    "main",
    null,
    Array.from({ length: 60 }, (_, i) =>
      createElement("p", { key: i, title: `Государства – Члены МСЭ ${i}` }, `${"الدول الأعضاء ".repeat(i % 7)}Румыния, Эсватини ${i}`),
    ),
  );

function render(into: Writable & NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    into.on("data", (c: Buffer) => chunks.push(c));
    into.on("end", () => resolve(Buffer.concat(chunks)));
    const { pipe } = renderToPipeableStream(page(), { onAllReady: () => pipe(into), onError: reject });
  });
}

describe("the rendered page", () => {
  it("carries no NUL byte where React 18 leaves its buffer's unwritten end, and is the page React meant", async () => {
    const raw = await render(new PassThrough());
    // The case this guards against does happen with this React: the page as React streams it has NUL bytes.
    expect(raw.includes(0)).toBe(true);
    const sent = await render(renderedPage());
    expect(sent.includes(0)).toBe(false);
    expect(sent.toString("utf8")).toBe(renderToStaticMarkup(page()));
  });

  it("keeps every other chunk as it is", () => {
    const short = new Uint8Array([0x3c, 0x70, 0]);
    expect(dropUnwrittenBytes(short)).toBe(short);
    const full = new Uint8Array(REACT_VIEW_SIZE).fill(0x61);
    expect(dropUnwrittenBytes(full)).toBe(full);
    const padded = new Uint8Array(REACT_VIEW_SIZE).fill(0xd0);
    padded.fill(0, REACT_VIEW_SIZE - 1);
    expect(dropUnwrittenBytes(padded).byteLength).toBe(REACT_VIEW_SIZE - 1);
  });
});
