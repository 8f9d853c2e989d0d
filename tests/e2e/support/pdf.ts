import zlib from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of every page as a PDF reader extracts it (pdf.js), one string per line of text. */
export async function pdfLines(data: Uint8Array | Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    let line = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = "";
      }
    }
    if (line) lines.push(line);
  }
  await pdf.destroy();
  return lines.map((l) => l.split(String.fromCharCode(0)).join("").trim()).filter(Boolean);
}

/**
 * Each embedded font's ToUnicode map: glyph id → the text it stands for. A shaped Arabic run shows
 * in it as one letter reached by several glyphs (its initial, medial and final forms) and as
 * ligatures standing for two letters.
 */
export function toUnicodeMaps(data: Buffer): Map<number, string>[] {
  const raw = data.toString("latin1");
  const maps: Map<number, string>[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf("endstream", start);
    let text: string;
    try {
      text = zlib.inflateSync(data.subarray(start, end)).toString("latin1");
    } catch {
      text = raw.slice(start, end);
    }
    if (!text.includes("begincmap")) continue;
    const map = new Map<number, string>();
    const hexText = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16))).normalize();
    for (const [, from, to, list] of text.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const items = [...list!.matchAll(/<([0-9a-fA-F ]*)>/g)].map((x) => x[1]!.replace(/ /g, ""));
      for (let g = parseInt(from!, 16), i = 0; g <= parseInt(to!, 16); g++, i++) map.set(g, hexText(items[i] ?? ""));
    }
    maps.push(map);
  }
  return maps;
}
