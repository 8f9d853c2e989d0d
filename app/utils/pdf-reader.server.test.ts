import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { pdfWithCatalogInObjectStream } from "~/test-support/pdf-fixtures";
import { inspectPdf, minimalPdf } from "./pdf";
import { readPdf } from "./pdf-reader.server";

const script = "/OpenAction << /S /JavaScript /JS (app.alert\\('pwned'\\)) >> ";

function pdfkitLetter(link: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4" });
    const parts: Buffer[] = [];
    doc.on("data", (b: Buffer) => parts.push(b));
    doc.on("end", () => resolve(Buffer.concat(parts)));
    doc.text("Letter of endorsement", { link });
    doc.end();
  });
}

describe("a PDF read as a reader reads it", () => {
  it("accepts a plain letter, one written by a PDF library with a web link, and a clean object stream", async () => {
    expect(await readPdf(minimalPdf())).toBe("ok");
    expect(await readPdf(await pdfkitLetter("https://www.itu.int/"))).toBe("ok");
    expect(await readPdf(pdfWithCatalogInObjectStream(""))).toBe("ok");
  }, 30_000);

  it("finds the script that the quick look at the bytes is led past (an attacker's review's PDFs)", async () => {
    const hidden = [
      // No /Type: a reader knows an object stream by its /N and /First.
      pdfWithCatalogInObjectStream(script, (length, first) => `<< /N 3 /First ${first} /Length ${length} /Filter /FlateDecode >>`),
      // The word "stream" in a comment of the dictionary, before /Type /ObjStm.
      pdfWithCatalogInObjectStream(script, (length, first) => `<< %stream\n /Type /ObjStm /N 3 /First ${first} /Length ${length} /Filter /FlateDecode >>`),
      // ... and in a string.
      pdfWithCatalogInObjectStream(
        script,
        (length, first) => `<< /Note (stream\n) /Type /ObjStm /N 3 /First ${first} /Length ${length} /Filter /FlateDecode >>`,
      ),
    ];
    for (const pdf of hidden) {
      expect(inspectPdf(pdf)).toBe("ok");
      expect(await readPdf(pdf)).toBe("active-content");
    }
  }, 30_000);

  it("refuses a link to a file or a network share, an embedded file, and what it cannot open", async () => {
    expect(await readPdf(await pdfkitLetter("file:///C:/Windows/system32/cmd.exe"))).toBe("active-content");
    expect(
      await readPdf(pdfWithCatalogInObjectStream("/Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) /EF << /F 4 0 R >> >>] >> >> ")),
    ).toBe("active-content");
    const broken = Buffer.from(minimalPdf().toString("latin1").replace("/Pages 2 0 R", "/Pages 9 0 R"), "latin1");
    expect(await readPdf(broken)).not.toBe("ok");
  }, 30_000);
});
