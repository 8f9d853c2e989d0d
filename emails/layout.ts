import type { TFunction } from "i18next";
import { isolate, needlessIsolatesDropped } from "../app/utils/bidi";
import { dirOf, type Lang } from "../app/utils/i18n";

export type Block =
  /** `own`: words someone typed (an update, a message), set in their own direction. */
  | { kind: "p"; text: string; own?: boolean }
  | { kind: "button"; label: string; url: string }
  | { kind: "facts"; items: [string, string][] }
  | { kind: "link"; label: string; url: string }
  /** A code to show at a door: the characters, large, and its QR image (an inline attachment named by `cid`). */
  | { kind: "code"; label: string; code: string; cid: string; alt: string };

/** Text someone wrote (a progress update, a message to registrants): one paragraph per blank-line-separated block. */
export function paragraphs(text: string): Extract<Block, { kind: "p" }>[] {
  return text
    .split(/\n{2,}/)
    .filter((s) => s.trim())
    .map((s) => ({ kind: "p" as const, text: s.trim(), own: true }));
}

export type EmailContent = { subject: string; heading: string; blocks: Block[] };
export type Rendered = { subject: string; html: string; text: string };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The one layout every email shares: HTML and plain text from the same blocks, mirrored for Arabic. */
export function layout(lang: Lang, t: TFunction, content: EmailContent): Rendered {
  const dir = dirOf(lang);
  const align = dir === "rtl" ? "right" : "left";
  // The gap between a label and its value sits on the label's inner side: its left in Arabic.
  const labelPadding = dir === "rtl" ? "4px 0 4px 16px" : "4px 16px 4px 0";
  const body = content.blocks
    .map((b) => {
      // Someone's own text keeps its single line breaks (a signature stays on its lines), as the text part does.
      if (b.kind === "p") return `<p${b.own ? ' dir="auto"' : ""} style="margin:0 0 16px">${b.own ? esc(b.text).replace(/\r?\n/g, "<br>") : esc(b.text)}</p>`;
      if (b.kind === "button")
        return `<p style="margin:24px 0"><a href="${esc(b.url)}" style="background:#00558c;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${esc(b.label)}</a></p>`;
      if (b.kind === "code")
        return `<p style="margin:0 0 8px">${esc(b.label)}</p><p dir="ltr" style="margin:0 0 8px;font-family:'Courier New',monospace;font-size:24px;font-weight:bold;letter-spacing:2px">${esc(b.code)}</p><p style="margin:0 0 16px"><img src="cid:${esc(b.cid)}" width="200" height="200" alt="${esc(b.alt)}" style="display:block"></p>`;
      if (b.kind === "link") return `<p style="margin:0 0 16px;font-size:13px"><a href="${esc(b.url)}" style="color:#00558c">${esc(b.label)}</a></p>`;
      return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${b.items
        .map(
          ([k, v]) =>
            `<tr><th scope="row" style="text-align:${align};padding:${labelPadding};vertical-align:top">${esc(k)}</th><td style="text-align:${align};padding:4px 0"><bdi>${esc(v)}</bdi></td></tr>`,
        )
        .join("")}</table>`;
    })
    .join("\n");
  const html = `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f6f8;font-family:Arial,'Noto Sans',sans-serif;color:#1b1b1b">
<div dir="${dir}" style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;text-align:${align}">
<p style="margin:0 0 24px;font-weight:bold;color:#00558c">${esc(t("brand"))}</p>
<p style="margin:0 0 16px">${esc(content.heading)}</p>
${body}
<p style="margin:24px 0 0">${esc(t("closing")).replace(/\n/g, "<br>")}<br>${esc(t("signature"))}</p>
<hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0">
<p style="font-size:12px;color:#4a4a4a;margin:0">${esc(t("footer"))}</p>
</div>
</body>
</html>`;
  const text = [
    t("brand"),
    "",
    content.heading,
    "",
    ...content.blocks.map((b) =>
      b.kind === "p"
        ? `${b.own ? isolate(b.text) : b.text}\n`
        : b.kind === "button" || b.kind === "link"
          ? `${b.label === b.url ? "" : `${b.label}\n`}${b.url}\n`
          : b.kind === "code"
            ? `${b.label}\n${b.code}\n`
            : `${b.items.map(([label, value]) => t("labelValue", { label, value: /\p{L}/u.test(value) ? isolate(value) : value })).join("\n")}\n`,
    ),
    t("closing"),
    t("signature"),
    "",
    "--",
    t("footer"),
    "",
  ].join("\n");
  // In a left-to-right email, a value with no right-to-left letter needs no isolate: some mail
  // programs turn the marks into "?" when they convert the text to a national code page.
  return dir === "rtl"
    ? { subject: content.subject, html, text }
    : { subject: content.subject, html: needlessIsolatesDropped(html), text: needlessIsolatesDropped(text) };
}
