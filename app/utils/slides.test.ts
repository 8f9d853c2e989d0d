import { describe, expect, it } from "vitest";
import { minimalPdf } from "./pdf";
import { inspectMaterial } from "./slides";
import { qrPng } from "./qr.server";

/** A ZIP's bytes as far as the check reads them: local headers with their names (contents stored). */
function zip(entries: [string, string][]): Uint8Array {
  const parts: Buffer[] = [];
  for (const [name, content] of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26);
    parts.push(header, Buffer.from(name, "latin1"), Buffer.from(content, "latin1"));
  }
  return new Uint8Array(Buffer.concat(parts));
}

describe("material files are told by their content", () => {
  it("accept a well-formed PDF and refuse one that runs code", () => {
    expect(inspectMaterial(minimalPdf())).toMatchObject({ ok: true, type: "pdf", contentType: "application/pdf" });
    expect(inspectMaterial(minimalPdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"))).toEqual({ ok: false, reason: "active-content" });
  });

  it("accept PowerPoint and OpenDocument presentations, and refuse macros, old binary .ppt and anything else", () => {
    const pptx = zip([
      ["[Content_Types].xml", "<Types/>"],
      ["ppt/presentation.xml", "<p:presentation/>"],
    ]);
    expect(inspectMaterial(pptx)).toMatchObject({ ok: true, type: "pptx", extension: "pptx" });
    const odp = zip([
      ["mimetype", "application/vnd.oasis.opendocument.presentation"],
      ["content.xml", "<office:document-content/>"],
    ]);
    expect(inspectMaterial(odp)).toMatchObject({ ok: true, type: "odp", contentType: "application/vnd.oasis.opendocument.presentation" });
    const pptm = zip([
      ["[Content_Types].xml", "<Types/>"],
      ["ppt/presentation.xml", "<p:presentation/>"],
      ["ppt/vbaProject.bin", "macro"],
    ]);
    expect(inspectMaterial(pptm)).toEqual({ ok: false, reason: "active-content" });
    const docx = zip([
      ["[Content_Types].xml", "<Types/>"],
      ["word/document.xml", "<w:document/>"],
    ]);
    expect(inspectMaterial(docx)).toEqual({ ok: false, reason: "not-allowed" });
    expect(inspectMaterial(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({ ok: false, reason: "not-allowed" });
    expect(inspectMaterial(new TextEncoder().encode("<html><script>alert(1)</script></html>"))).toEqual({ ok: false, reason: "not-allowed" });
    expect(inspectMaterial(qrPng("X"))).toEqual({ ok: false, reason: "not-allowed" });
  });
});

describe("QR images for email", () => {
  it("are PNG files of whole modules with the quiet zone", () => {
    const png = qrPng("ABCDE-FGHJK", 8);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Version 1 (21 modules) plus 4 on each side, 8 pixels a module.
    expect(png.readUInt32BE(16)).toBe((21 + 8) * 8);
  });
});
