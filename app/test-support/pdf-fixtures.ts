import { deflateSync } from "node:zlib";

/**
 * A PDF 1.5 that a reader opens, whose catalog (with `catalogExtra` in it) sits in an object stream
 * found through a cross-reference stream. `streamDict` writes the object stream's dictionary from
 * its data's length and its `/First`, so a test can write it as an attacker would.
 */
export function pdfWithCatalogInObjectStream(
  catalogExtra: string,
  streamDict = (length: number, first: number) => `<< /Type /ObjStm /N 3 /First ${first} /Length ${length} /Filter /FlateDecode >>`,
) {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`,
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
  ];
  let header = "";
  let body = "";
  objects.forEach((o, i) => {
    header += `${i + 1} ${body.length} `;
    body += `${o}\n`;
  });
  const data = deflateSync(Buffer.from(`${header}\n${body}`, "latin1"));
  let out = Buffer.from("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "latin1");
  const at4 = out.length;
  out = Buffer.concat([
    out,
    Buffer.from(`4 0 obj\n${streamDict(data.length, header.length + 1)}\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream\nendobj\n", "latin1"),
  ]);
  const at5 = out.length;
  const entry = (type: number, a: number, b: number) => {
    const e = Buffer.alloc(7);
    e[0] = type;
    e.writeUInt32BE(a, 1);
    e.writeUInt16BE(b, 5);
    return e;
  };
  const xref = Buffer.concat([entry(0, 0, 65535), entry(2, 4, 0), entry(2, 4, 1), entry(2, 4, 2), entry(1, at4, 0), entry(1, at5, 0)]);
  return Buffer.concat([
    out,
    Buffer.from(`5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length ${xref.length} >>\nstream\n`, "latin1"),
    xref,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${at5}\n%%EOF\n`, "latin1"),
  ]);
}
