import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import bidiFactory from "bidi-js";
import { create as parseFont, type Font } from "fontkit";
import PDFDocument from "pdfkit";

/**
 * Documents the portal writes as PDF (certificates, visa support letters), in any of the six
 * languages, with fonts that come with the project: Noto Sans (Latin, Cyrillic, Greek) and Noto
 * Naskh Arabic committed under fonts/, Noto Sans SC from the @expo-google-fonts/noto-sans-sc
 * package (decision record 015). Only the glyphs used are embedded.
 *
 * pdfkit lays text out with fontkit, which shapes Arabic (joined forms, ligatures) and puts an
 * Arabic run's glyphs right to left; what it does not do is order the runs of a line that mixes
 * directions (an Arabic sentence holding a Latin name or a date). Each line is therefore cut into
 * runs of one font and one bidi level (Unicode Bidirectional Algorithm, bidi-js), the runs are put in
 * visual order, and each is drawn whole.
 */

type Face = "sans" | "sansBold" | "arabic" | "arabicBold" | "cjk" | "cjkBold";
const require = createRequire(import.meta.url);
const files: Record<Face, () => string> = {
  sans: () => path.resolve("fonts/NotoSans-Regular.ttf"),
  sansBold: () => path.resolve("fonts/NotoSans-Bold.ttf"),
  arabic: () => path.resolve("fonts/NotoNaskhArabic-Regular.ttf"),
  arabicBold: () => path.resolve("fonts/NotoNaskhArabic-Bold.ttf"),
  cjk: () => require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  cjkBold: () => require.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
};
/**
 * Each font file is read once per process, and parsed afresh for every document. A fontkit font
 * shared by documents kept glyphs whose text had been lost by an earlier document's subsetting:
 * now and then a certificate's letters came out with the wrong text behind them (unsearchable,
 * and copied as control characters), caught by the certificates test under load.
 */
const bytes = new Map<Face, Buffer>();
function fontOf(face: Face): Font {
  let b = bytes.get(face);
  if (!b) {
    b = readFileSync(files[face]());
    bytes.set(face, b);
  }
  return parseFont(b);
}
/** For asking which characters a face has (its character map only, no glyphs): one per process. */
const lookups = new Map<Face, Font>();
function lookupFont(face: Face): Font {
  let font = lookups.get(face);
  if (!font) {
    font = fontOf(face);
    lookups.set(face, font);
  }
  return font;
}

const bidi = bidiFactory();
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
const STRONG = /[\p{L}\p{N}]/u;

function faceOf(ch: string, bold: boolean): Face | undefined {
  // Brackets are drawn from the Latin face and mirrored here: the Arabic face's own mirrored forms carry no text to copy.
  if (/[()[\]{}<>«»]/u.test(ch)) return bold ? "sansBold" : "sans";
  if (ARABIC.test(ch)) return bold ? "arabicBold" : "arabic";
  if (CJK.test(ch)) return bold ? "cjkBold" : "cjk";
  if (STRONG.test(ch)) return bold ? "sansBold" : "sans";
  return undefined;
}

export type Run = { text: string; face: Face; rtl: boolean; width: number };

type Doc = InstanceType<typeof PDFDocument>;

/** The runs of one line in the order they are drawn, left to right. */
export function visualRuns(doc: Doc, line: string, size: number, bold: boolean, baseRtl: boolean): Run[] {
  const { levels } = bidi.getEmbeddingLevels(line, baseRtl ? "rtl" : "ltr");
  const chars = Array.from(line);
  // Spaces and punctuation take the face of the letters before them (after them at the start), so an
  // Arabic phrase stays one run, shaped and reversed whole; a sign that face lacks (a dash) takes the Latin one.
  const faces: (Face | undefined)[] = chars.map((c) => faceOf(c, bold));
  let last: Face = faces.find((f) => f) ?? (bold ? "sansBold" : "sans");
  chars.forEach((c, i) => {
    if (faces[i]) last = faces[i]!;
    else faces[i] = hasGlyph(last, c) ? last : bold ? "sansBold" : "sans";
  });
  const runs: { text: string; face: Face; level: number }[] = [];
  let unit = 0;
  chars.forEach((c, i) => {
    const level = levels[unit]!;
    unit += c.length;
    const prev = runs[runs.length - 1];
    if (prev && prev.face === faces[i] && prev.level === level) prev.text += c;
    else runs.push({ text: c, face: faces[i]!, level });
  });
  // Rule L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or above.
  const max = Math.max(0, ...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : Infinity)));
  for (let level = max; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs.map((r) => {
    const rtl = r.level % 2 === 1;
    // fontkit reverses any run holding Arabic script (Arabic-Indic digits included) and no other.
    // Where that is not what the bidi level asks, the run is reversed here first: a right-to-left run
    // of brackets or Latin signs (mirrored too), or a left-to-right number written in Arabic digits.
    const reversedByShaper = /\p{Script=Arabic}/u.test(r.text);
    const text =
      rtl === reversedByShaper
        ? r.text
        : Array.from(r.text)
            .reverse()
            .map((c) => (rtl ? (bidi.getMirroredCharacter(c) ?? c) : c))
            .join("");
    doc.font(r.face).fontSize(size);
    return { text, face: r.face, rtl, width: doc.widthOfString(text, { features: [] }) };
  });
}

const glyphs = new Map<string, boolean>();
function hasGlyph(face: Face, ch: string): boolean {
  const key = `${face}|${ch}`;
  let has = glyphs.get(key);
  if (has === undefined) {
    has = lookupFont(face).hasGlyphForCodePoint(ch.codePointAt(0)!);
    glyphs.set(key, has);
  }
  return has;
}

const width = (runs: Run[]) => runs.reduce((w, r) => w + r.width, 0);

/** Cuts a paragraph into lines no wider than `max`: at spaces, and between any two Chinese characters. */
export function wrap(doc: Doc, text: string, size: number, bold: boolean, rtl: boolean, max: number): Run[][] {
  const pieces: string[] = [];
  for (const c of Array.from(text)) {
    const prev = pieces[pieces.length - 1];
    // A piece ends after a space or a Chinese character; words of other scripts stay whole.
    if (prev !== undefined && !/\s$/u.test(prev) && !CJK.test(prev.slice(-1)) && !CJK.test(c)) pieces[pieces.length - 1] = prev + c;
    else if (prev !== undefined && /\s/u.test(c) && /\s$/u.test(prev)) pieces[pieces.length - 1] = prev + c;
    else pieces.push(c);
  }
  const lines: Run[][] = [];
  let current = "";
  for (const piece of pieces) {
    const tried = current + piece;
    if (current && width(visualRuns(doc, tried.trimEnd(), size, bold, rtl)) > max) {
      lines.push(visualRuns(doc, current.trimEnd(), size, bold, rtl));
      current = piece.trimStart();
    } else current = tried;
  }
  if (current.trim()) lines.push(visualRuns(doc, current.trimEnd(), size, bold, rtl));
  return lines;
}

export type Align = "start" | "center" | "end";

/** A PDF page writer that knows the document's direction. */
export function pdfWriter(opts: { rtl: boolean; title: string; lang: string }) {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: opts.title, Creator: "Green Digital Action portal" }, lang: opts.lang });
  // pdfkit takes a fontkit font where its types say a path or bytes.
  for (const face of Object.keys(files) as Face[]) doc.registerFont(face, fontOf(face) as unknown as Buffer);
  const left = doc.page.margins.left;
  const inner = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  let y = doc.page.margins.top;

  function paragraph(text: string, o: { size?: number; bold?: boolean; align?: Align; gap?: number; color?: string; rtl?: boolean } = {}) {
    const size = o.size ?? 11;
    const rtl = o.rtl ?? opts.rtl;
    const lineHeight = size * 1.6;
    for (const runs of wrap(doc, text, size, o.bold ?? false, rtl, inner)) {
      const w = width(runs);
      const align = o.align ?? "start";
      const atRight = (align === "start" && rtl) || (align === "end" && !rtl);
      let x = align === "center" ? left + (inner - w) / 2 : atRight ? left + inner - w : left;
      for (const r of runs) {
        doc
          .font(r.face)
          .fontSize(size)
          .fillColor(o.color ?? "#1b1b1b")
          .text(r.text, x, y, { lineBreak: false, features: [] });
        x += r.width;
      }
      y += lineHeight;
    }
    y += o.gap ?? size * 0.6;
  }

  return {
    doc,
    paragraph,
    space: (h: number) => (y += h),
    rule: (color = "#00558c") => {
      doc
        .moveTo(left, y)
        .lineTo(left + inner, y)
        .lineWidth(1.5)
        .strokeColor(color)
        .stroke();
      y += 14;
    },
    /** The finished document's bytes (built before any transaction that stores or sends it). */
    finish(): Promise<Buffer> {
      return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        doc.on("data", (c: Buffer) => chunks.push(c));
        doc.on("end", () => resolve(Buffer.concat(chunks)));
        doc.on("error", reject);
        doc.end();
      });
    },
  };
}
