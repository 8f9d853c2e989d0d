import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { pdfWriter, visualRuns, wrap } from "./pdf-writer.server";

// A document whose faces are registered: the runs are measured with them.
const doc = () => pdfWriter({ rtl: true, title: "t", lang: "ar" }).doc as InstanceType<typeof PDFDocument>;

describe("lines of a PDF in any direction", () => {
  it("puts an Arabic sentence's runs right to left, a Latin name and a number keeping their own order", () => {
    const runs = visualRuns(doc(), "تشهد بمشاركة Amina Diallo في 2024.", 12, false, true);
    // Drawn left to right: the full stop (end of the sentence, at the left), the number, the Arabic «في»,
    // the name, then the opening words at the right.
    const drawn = runs.map((r) => r.text.trim()).filter(Boolean);
    expect(drawn).toEqual([".", "2024", "في", "Amina Diallo", "تشهد بمشاركة"]);
    expect(runs.find((r) => r.text.includes("Amina"))).toMatchObject({ face: "sans", rtl: false });
    // An Arabic run is given in logical order: fontkit, which shapes it, also lays it right to left.
    expect(runs.find((r) => r.text.includes("تشهد"))).toMatchObject({ face: "arabic", rtl: true, text: "تشهد بمشاركة " });
  });

  it("keeps a number in Arabic digits in reading order (given reversed to the shaper, which reverses Arabic script)", () => {
    const runs = visualRuns(doc(), "١٦ نوفمبر ٢٠٢٤", 12, false, true);
    expect(runs.map((r) => r.text.trim())).toEqual(["٤٢٠٢", "نوفمبر", "٦١"]);
  });

  it("reverses and mirrors brackets that stand right to left, and picks the Chinese face for Chinese", () => {
    const runs = visualRuns(doc(), "أمينة (ع)", 12, false, true);
    // Logical «أمينة (ع)»: drawn left to right, the bracket that closes comes first, mirrored into «(».
    expect(runs.map((r) => [r.text, r.face])).toEqual([
      ["(", "sans"],
      ["ع", "arabic"],
      [")", "sans"],
      ["أمينة ", "arabic"],
    ]);
    expect(visualRuns(doc(), "王小明 Wang", 12, true, false).map((r) => r.face)).toEqual(["cjkBold", "sansBold"]);
  });

  it("wraps at spaces, and between Chinese characters, within the width", () => {
    const d = doc();
    const lines = wrap(d, "绿色数字行动".repeat(20), 12, false, false, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.reduce((w, r) => w + r.width, 0)).toBeLessThanOrEqual(200);
    const words = wrap(d, "The secretariat of Green Digital Action, International Telecommunication Union", 12, false, false, 150);
    expect(words.map((l) => l.map((r) => r.text).join(""))).toEqual(
      words.map((l) =>
        l
          .map((r) => r.text)
          .join("")
          .trim(),
      ),
    );
    expect(words.map((l) => l.map((r) => r.text).join("")).join(" ")).toBe("The secretariat of Green Digital Action, International Telecommunication Union");
  });
});
