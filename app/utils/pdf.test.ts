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
});

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
