import MarkdownIt from "markdown-it";
import type { Picked } from "./i18n";

/**
 * Staff write long texts (circulars, events, declarations, groups) in a small Markdown: paragraphs, line breaks,
 * bold, italics, lists, links and "## " headings. Rendered here on the server only, so neither the library nor
 * any HTML the author typed reaches the browser: `html: false` prints tags as text, and markdown-it's own link
 * check refuses javascript:, vbscript: and data: addresses.
 */
const md = new MarkdownIt("commonmark", { html: false, xhtmlOut: false, linkify: true, breaks: true }).enable("linkify");
md.disable(["image", "code", "fence", "html_block", "html_inline", "hr"]);

const defaultHeadingOpen = md.renderer.rules.heading_open;
const defaultHeadingClose = md.renderer.rules.heading_close;
const shifted = (level: number, base: number) => `h${Math.min(6, Math.max(base, level - 2 + base))}`;

/**
 * What each text rendered to. The long texts are few (circulars, events, declarations, groups, pillars)
 * and change only when staff edit them, while their pages are rendered on every request the page cache
 * does not answer: the COP29 Declaration took 0.3 ms to format each time. Bounded, as texts in the
 * editors' previews are many and each seen once.
 */
const rendered = new Map<string, string>();

/** Markdown to safe HTML; "## " becomes the page's own heading level (h2 or h3 under a section heading). */
export function renderMarkdown(text: string, baseHeading: 2 | 3 = 2): string {
  return remembered(`${baseHeading}${text}`, () => render(text, baseHeading));
}

function remembered(key: string, make: () => string): string {
  const kept = rendered.get(key);
  if (kept !== undefined) return kept;
  const value = make();
  if (rendered.size >= 200) rendered.clear();
  rendered.set(key, value);
  return value;
}

function render(text: string, baseHeading: 2 | 3): string {
  md.renderer.rules.heading_open = (tokens, i) => `<${shifted(Number(tokens[i]!.tag.slice(1)), baseHeading)}>`;
  md.renderer.rules.heading_close = (tokens, i) => `</${shifted(Number(tokens[i]!.tag.slice(1)), baseHeading)}>\n`;
  try {
    return md.render(text.replace(/\r\n/g, "\n"));
  } finally {
    md.renderer.rules.heading_open = defaultHeadingOpen;
    md.renderer.rules.heading_close = defaultHeadingClose;
  }
}

/** The words without their formatting, for a page's description and other plain places. */
export function plainText(text: string): string {
  return remembered(`plain${text}`, () => plain(text));
}

function plain(text: string): string {
  const html = md.render(text.replace(/\r\n/g, "\n"));
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** A long text as its page needs it: the HTML and the language it is in, not the Markdown it came from. */
export type FormattedText = Omit<Picked, "text"> & { html: string };

/** A picked translation with its HTML, ready for `<LongText>`. */
export function formatted({ text, ...picked }: Picked, baseHeading: 2 | 3 = 2): FormattedText {
  return { ...picked, html: renderMarkdown(text, baseHeading) };
}

/** The long texts the public pages format; the editors hint at the syntax and preview them. */
export const formattedFields = ["body", "description", "mandate"] as const;

/** Each saved language of the formatted fields, rendered as the public page shows it. */
export function editorPreviews(values: Record<string, unknown> | null | undefined): Record<string, Partial<Record<string, string>>> {
  const previews: Record<string, Partial<Record<string, string>>> = {};
  for (const name of formattedFields) {
    const field = values?.[name];
    if (!field || typeof field !== "object") continue;
    previews[name] = Object.fromEntries(
      Object.entries(field as Record<string, unknown>)
        .filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "")
        .map(([l, text]) => [l, renderMarkdown(text)]),
    );
  }
  return previews;
}
