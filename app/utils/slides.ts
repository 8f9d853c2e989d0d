import { inspectPdf } from "./pdf";

/**
 * What a material file is, by its bytes, never by its name: a PDF (pdf.ts, no active content), a
 * PowerPoint presentation (.pptx: a ZIP package holding ppt/presentation.xml) or an OpenDocument
 * presentation (.odp: a ZIP whose first entry is the "mimetype" naming it). A package with macros
 * (vbaProject.bin: a .pptm renamed) is refused, and so is the old binary .ppt, whose macros
 * cannot be told apart without parsing the whole compound file.
 */
export type MaterialVerdict =
  { ok: true; type: "pdf" | "pptx" | "odp"; contentType: string; extension: string } | { ok: false; reason: "not-allowed" | "active-content" };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

export const MATERIAL_TYPES = {
  pdf: { contentType: "application/pdf", extension: "pdf" },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
  odp: { contentType: "application/vnd.oasis.opendocument.presentation", extension: "odp" },
} as const;

function verdict(type: keyof typeof MATERIAL_TYPES): MaterialVerdict {
  return { ok: true, type, ...MATERIAL_TYPES[type] };
}

export function inspectMaterial(bytes: Uint8Array): MaterialVerdict {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    const pdf = inspectPdf(bytes);
    return pdf === "ok" ? verdict("pdf") : { ok: false, reason: pdf === "active-content" ? "active-content" : "not-allowed" };
  }
  if (startsWith(bytes, OLE)) return { ok: false, reason: "not-allowed" };
  if (!startsWith(bytes, ZIP)) return { ok: false, reason: "not-allowed" };
  // Entry names are stored uncompressed in the local headers and the central directory.
  const names = Buffer.from(bytes).toString("latin1");
  if (/vbaProject\.bin|vbaData\.xml|Basic\/[\w .-]+\.xml|Scripts\//.test(names)) return { ok: false, reason: "active-content" };
  // ODF: the first entry is "mimetype", stored, its content right after the 30-byte header and name.
  if (names.startsWith("mimetype", 30) && names.startsWith(MATERIAL_TYPES.odp.contentType, 38)) return verdict("odp");
  if (names.includes("[Content_Types].xml") && names.includes("ppt/presentation.xml")) return verdict("pptx");
  return { ok: false, reason: "not-allowed" };
}
