import type { Readable } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { htmlBody } from "./html-stream.server";

async function bytes(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A page as entry.server renders it: long runs of multi-byte text, streamed, through `through`. */
function render(text: string, through: ReturnType<typeof htmlBody>) {
  const { pipe } = renderToPipeableStream(
    createElement("main", null, ...Array.from({ length: 200 }, (_, i) => createElement("p", { key: i }, `${i} ${text}`))),
    {
      onAllReady: () => pipe(through),
    },
  );
  return bytes(through);
}

const texts = [
  "关于国际电联气候变化和环境可持续性活动的报告（2024年），引用《2023年绿色地球报告》。",
  "« Alertes précoces pour tous » du Secrétaire général de l'ONU — écoconception.",
];

describe("the HTML stream", () => {
  it.each(texts)("sends the page's text whole, without zero bytes where a character met a chunk's end (%s)", async (text) => {
    const html = await render(text, htmlBody());
    expect(html.includes(0)).toBe(false);
    expect(html.toString("utf8")).toContain(`199 ${text.replaceAll("'", "&#x27;")}`);
  });

  it("cuts only zero bytes at a chunk's end, three at most", async () => {
    const out = htmlBody();
    out.end(Buffer.from([0x61, 0, 0x62, 0, 0, 0, 0]));
    expect([...(await bytes(out))]).toEqual([0x61, 0, 0x62, 0]);
  });
});
