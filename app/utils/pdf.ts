import { inflateSync } from "node:zlib";

/**
 * A PDF by its structure, not its name: the header at byte 0, a cross-reference (a classic `xref`
 * table or an `/XRef` stream) found from `startxref`, and no action that runs code or opens
 * another program (/JavaScript, /JS, /Launch). PDF names may hide letters as `#xx` escapes
 * (`/J#61vaScript`), so names are decoded before they are looked at. Since PDF 1.5 objects may sit
 * compressed in object streams (`/Type /ObjStm`), where their names are not in the file's bytes:
 * those streams are inflated and read too, and one that cannot be read (another filter, broken
 * data, or more than `OBJECT_STREAMS_MAX_BYTES` once inflated) is not taken on trust.
 */
export type PdfVerdict = "ok" | "not-pdf" | "active-content";

const ACTIVE = new Set(["JavaScript", "JS", "Launch"]);
const OBJECT_STREAMS_MAX_BYTES = 32 * 1024 * 1024;

const decodeName = (name: string) => name.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const namesIn = (text: string) => Array.from(text.matchAll(/\/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)/g), (m) => decodeName(m[1]!));
const hasActiveName = (text: string) => namesIn(text).some((name) => ACTIVE.has(name));

/** The inflated text of every object stream, or null when one of them cannot be read. */
function objectStreams(text: string, bytes: Buffer): string[] | null {
  const out: string[] = [];
  let budget = OBJECT_STREAMS_MAX_BYTES;
  for (const m of text.matchAll(/\bstream\r?\n/g)) {
    const start = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 2048), m.index);
    const dictionary = before.slice(before.search(/\d+\s+\d+\s+obj\b(?![\s\S]*\d+\s+\d+\s+obj\b)/) + 1 || 0);
    const names = namesIn(dictionary);
    if (!names.some((name, i) => name === "Type" && names[i + 1] === "ObjStm")) continue;
    const filters = names.slice(names.indexOf("Filter") + 1).filter((n) => /Decode$/.test(n));
    const end = text.indexOf("endstream", start);
    if (end < 0 || (names.includes("Filter") && (filters.length !== 1 || filters[0] !== "FlateDecode"))) return null;
    try {
      const data = bytes.subarray(start, end);
      const inflated = names.includes("Filter") ? inflateSync(data, { maxOutputLength: budget, finishFlush: 2 }) : data;
      budget -= inflated.length;
      out.push(inflated.toString("latin1"));
    } catch {
      return null;
    }
  }
  return out;
}

export function inspectPdf(bytes: Uint8Array): PdfVerdict {
  const text = Buffer.from(bytes).toString("latin1");
  if (!/^%PDF-\d\.\d/.test(text)) return "not-pdf";
  const startxref = text.lastIndexOf("startxref");
  if (startxref < 0 || !/%%EOF\s*$/.test(text.slice(-1024))) return "not-pdf";
  const offset = Number(/^startxref\s+(\d+)/.exec(text.slice(startxref))?.[1] ?? NaN);
  if (!Number.isInteger(offset) || offset <= 0 || offset >= text.length) return "not-pdf";
  const at = text.slice(offset, offset + 64);
  if (!/^xref\b/.test(at) && !/^\d+\s+\d+\s+obj\b/.test(at)) return "not-pdf";
  if (/^\d/.test(at) && !/\/Type\s*\/XRef\b/.test(text.slice(offset, offset + 4096))) return "not-pdf";
  if (hasActiveName(text)) return "active-content";
  const streams = objectStreams(text, Buffer.from(bytes));
  if (streams === null || streams.some(hasActiveName)) return "active-content";
  return "ok";
}

/** A well-formed one-page PDF for tests and examples, with a correct cross-reference table. */
export function minimalPdf(extra = ""): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${extra}>>`,
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
