import { deflateSync } from "node:zlib";
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
});

/** A PDF 1.5 whose objects sit in one object stream, found through a cross-reference stream. */
function pdfWithObjectStream(data: Buffer, filter: string): Buffer {
  const head = Buffer.from("%PDF-1.5\n", "latin1");
  const stream = Buffer.concat([
    Buffer.from(`5 0 obj\n<< /Type /ObjStm /N 3 /First 12 ${filter} /Length ${data.length} >>\nstream\n`, "latin1"),
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
