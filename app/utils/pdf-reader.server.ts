import { inspectPdf, type PdfVerdict } from "./pdf";

/** Pages a letter or a presentation may have for the reader to look through; more is refused. */
const MAX_PAGES = 500;
/** Links a PDF may carry: the web and email. A file path or a network share (`\\host\share`) may not. */
const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * A PDF read as a PDF reader reads it (pdf.js, which follows the cross-references, `/Length`,
 * indirect values, every filter and predictor), after the quick check of its bytes (pdf.ts): no
 * script anywhere a reader would find one (the document's actions, its JavaScript name tree, form
 * fields and annotations), no embedded file, no link to a file or a network share. A file pdf.js
 * cannot open is not taken on trust. The bytes' own check stays first: it refuses a launch action
 * or an XFA form that pdf.js reads no script from.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfVerdict> {
  const quick = inspectPdf(bytes);
  if (quick !== "ok") return quick;
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof getDocument>["promise"]> | null = null;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, stopAtErrors: true, verbosity: 0 }).promise;
    if (doc.numPages > MAX_PAGES) return "active-content";
    // The document's scripts: its open action, the JavaScript name tree and its additional actions.
    const [jsActions, attachments, fields] = await Promise.all([doc.getJSActions(), doc.getAttachments(), doc.getFieldObjects()]);
    if (jsActions && Object.keys(jsActions).length) return "active-content";
    if (attachments && Object.keys(attachments).length) return "active-content";
    if (fields && Object.values(fields).some((list) => list.some((f) => hasActions(f)))) return "active-content";
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      if (await page.getJSActions().then((a) => a && Object.keys(a).length)) return "active-content";
      for (const a of await page.getAnnotations()) {
        if (hasActions(a) || a.attachment) return "active-content";
        const link = a.unsafeUrl ?? a.url;
        if (typeof link === "string" && !SAFE_LINK.test(link.trim())) return "active-content";
      }
    }
    return "ok";
  } catch {
    return "not-pdf";
  } finally {
    await doc?.destroy();
  }
}

const hasActions = (o: { actions?: unknown }) => !!o.actions && typeof o.actions === "object" && Object.keys(o.actions as object).length > 0;
