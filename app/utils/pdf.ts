/**
 * A PDF by its structure, not its name: the header at byte 0, a cross-reference (a classic `xref`
 * table or an `/XRef` stream) found from `startxref`, and no action that runs code or opens
 * another program (/JavaScript, /JS, /Launch). PDF names may hide letters as `#xx` escapes
 * (`/J#61vaScript`), so names are decoded before they are looked at.
 */
export type PdfVerdict = "ok" | "not-pdf" | "active-content";

const ACTIVE = new Set(["JavaScript", "JS", "Launch"]);

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
  for (const m of text.matchAll(/\/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)/g)) {
    const name = m[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (ACTIVE.has(name)) return "active-content";
  }
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
