import { inflateSync } from "node:zlib";

/**
 * A PDF by its structure, not its name: the header at byte 0, a cross-reference (a classic `xref`
 * table or an `/XRef` stream) found from `startxref`, and no action that runs code or opens
 * another program (/JavaScript, /JS, /Launch), nor an XFA form (whose XML carries its own scripts)
 * or rich media, nor an action that sends the form's data out, reads data in or opens another file
 * (/SubmitForm, /ImportData, /GoToR — to a network share it leaks Windows credentials —, /GoToE, /Rendition). PDF names may hide letters as `#xx` escapes
 * (`/J#61vaScript`), so names are decoded before they are looked at. Since PDF 1.5 objects may sit
 * compressed in object streams (`/Type /ObjStm`), where their names are not in the file's bytes:
 * those streams are inflated and read too, and one that cannot be read (another filter, broken
 * data, or more than `OBJECT_STREAMS_MAX_BYTES` once inflated) is not taken on trust.
 */
export type PdfVerdict = "ok" | "not-pdf" | "active-content";

/** Names that run code, open another file or program, send the form's data out or read data in. */
const ACTIVE = new Set(["JavaScript", "JS", "Launch", "XFA", "RichMedia", "SubmitForm", "ImportData", "GoToR", "GoToE", "Rendition"]);
const OBJECT_STREAMS_MAX_BYTES = 32 * 1024 * 1024;

const decodeName = (name: string) => name.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const namesIn = (text: string) => Array.from(text.matchAll(/\/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)/g), (m) => decodeName(m[1]!));
const hasActiveName = (text: string) => namesIn(text).some((name) => ACTIVE.has(name));

/**
 * The inflated text of every object stream, or null when one of them cannot be read. A stream's
 * dictionary is looked for in everything since the previous stream ended, however long: padding
 * cannot push `/Type /ObjStm` out of sight, and between two streams only this stream's dictionary
 * may name an object stream.
 */
function objectStreams(text: string, bytes: Buffer): string[] | null {
  const out: string[] = [];
  let budget = OBJECT_STREAMS_MAX_BYTES;
  let previousEnd = 0;
  for (const m of text.matchAll(/\bstream\r?\n/g)) {
    const start = m.index + m[0].length;
    if (start <= previousEnd) continue;
    const end = text.indexOf("endstream", start);
    const dictionary = text.slice(previousEnd, m.index);
    previousEnd = end < 0 ? text.length : end;
    const names = namesIn(dictionary);
    if (!names.some((name, i) => name === "Type" && names[i + 1] === "ObjStm")) continue;
    const filters = names.slice(names.lastIndexOf("Filter") + 1).filter((n) => /Decode$/.test(n));
    if (end < 0 || (names.includes("Filter") && (filters.length !== 1 || filters[0] !== "FlateDecode"))) return null;
    try {
      const data = bytes.subarray(start, end);
      const inflated = names.includes("Filter") ? inflateSync(data, { maxOutputLength: budget, finishFlush: 2 }) : data;
      budget -= inflated.length;
      const plain = decodeName(dictionary);
      const decoded = names.includes("DecodeParms") ? unpredicted(inflated, plain.slice(plain.lastIndexOf("/DecodeParms") + 12)) : inflated;
      if (!decoded) return null;
      out.push(decoded.toString("latin1"));
    } catch {
      return null;
    }
  }
  return out;
}

const numberAfter = (parms: string, name: string) => {
  const m = new RegExp(`/${name}\\s+(\\d+)`).exec(parms);
  return m ? Number(m[1]) : null;
};

/**
 * Data as it was before a PNG predictor (`/DecodeParms << /Predictor 10–15 /Columns n >>`, one byte
 * a sample): otherwise each row is stored as its difference from the row above, and names in it are
 * not in the inflated bytes. Other predictors or sample sizes are not read, so not taken on trust.
 */
function unpredicted(data: Buffer, parms: string): Buffer | null {
  // Parameters kept in another object (`/DecodeParms 7 0 R`) are not looked up.
  if (/^\s*(\[\s*)?\d+\s+\d+\s+R\b/.test(parms)) return null;
  const predictor = numberAfter(parms, "Predictor") ?? 1;
  if (predictor === 1) return data;
  if (predictor < 10 || predictor > 15 || (numberAfter(parms, "Colors") ?? 1) !== 1 || (numberAfter(parms, "BitsPerComponent") ?? 8) !== 8) return null;
  const columns = numberAfter(parms, "Columns") ?? 1;
  if (columns < 1) return null;
  const rows = Math.floor(data.length / (columns + 1));
  const out = Buffer.alloc(rows * columns);
  for (let r = 0; r < rows; r++) {
    const kind = data[r * (columns + 1)]!;
    if (kind > 4) return null;
    for (let x = 0; x < columns; x++) {
      const at = r * columns + x;
      const left = x > 0 ? out[at - 1]! : 0;
      const up = r > 0 ? out[at - columns]! : 0;
      const upLeft = x > 0 && r > 0 ? out[at - columns - 1]! : 0;
      const p = left + up - upLeft;
      const paeth =
        Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const base = [0, left, up, (left + up) >> 1, paeth][kind]!;
      out[at] = (data[r * (columns + 1) + 1 + x]! + base) & 255;
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
