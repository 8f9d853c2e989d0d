import { Fragment, type ReactNode } from "react";
import { useTranslation } from "~/utils/use-translation";
import { dirOf, languageName, type Picked } from "~/utils/i18n";
import { useLang } from "~/utils/use-lang";

/** Says, in the page's language, that a text is shown in another language. */
export function FallbackNotice({ picked }: { picked: Picked }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!picked.isFallback) return null;
  return (
    <p className="alert alert-info fallback-notice">
      {t("contentNotice.fallback", { language: languageName(picked.lang, lang) })}
    </p>
  );
}

/** A short translated text, marked with its own language so screen readers pronounce it right. */
export function T({ picked, as: Tag = "span", className }: { picked: Picked; as?: "span" | "div" | "p" | "h1" | "h2" | "h3"; className?: string }) {
  const lang = useLang();
  const marked = picked.lang !== lang;
  return (
    <Tag className={className} lang={marked ? picked.lang : undefined} dir={marked ? dirOf(picked.lang) : undefined}>
      {picked.text}
    </Tag>
  );
}

type Block = { kind: "h"; text: string } | { kind: "p"; text: string } | { kind: "ul"; items: string[] };

/** Parses the plain-text format of long texts: blank-line paragraphs, "## " headings, "- " lists. */
export function parseLongText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n/g, "\n").split(/\n{2,}/)) {
    const lines = chunk.split("\n").filter((l) => l.trim() !== "");
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: "p", text: paragraph.join(" ") });
      if (list.length) blocks.push({ kind: "ul", items: list });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed.startsWith("## ")) {
        flush();
        blocks.push({ kind: "h", text: trimmed.slice(3) });
      } else if (trimmed.startsWith("- ")) {
        if (paragraph.length) flush();
        list.push(trimmed.slice(2));
      } else {
        if (list.length) flush();
        paragraph.push(trimmed);
      }
    }
    flush();
  }
  return blocks;
}

/** A long text rendered as headings, paragraphs and lists: React escapes it, no HTML gets through. */
export function LongText({ picked, headingLevel = 2 }: { picked: Picked; headingLevel?: 2 | 3 }) {
  const lang = useLang();
  const marked = picked.lang !== lang;
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="long-text" lang={marked ? picked.lang : undefined} dir={marked ? dirOf(picked.lang) : undefined}>
      {parseLongText(picked.text).map((b, i) => (
        <Fragment key={i}>
          {b.kind === "h" ? <H>{b.text}</H> : b.kind === "p" ? <p>{b.text}</p> : (
            <ul>
              {b.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          )}
        </Fragment>
      ))}
    </div>
  );
}

export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? <a href={hrefFor(page - 1)} rel="prev">{t("pagination.previous")}</a> : null}
      <span>{t("pagination.status", { page, pages })}</span>
      {page < pages ? <a href={hrefFor(page + 1)} rel="next">{t("pagination.next")}</a> : null}
    </nav>
  );
}

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "example" | "warning" }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
