import type { ReactNode } from "react";
import { useTranslation } from "~/utils/use-translation";
import { dirOf, languageName, type Picked } from "~/utils/i18n";
import { useLang } from "~/utils/use-lang";

/** Words in parentheses, as the page's language writes them: full-width （…） in Chinese, after a space elsewhere. */
export function InParentheses({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {t("parenOpen")}
      {children}
      {t("parenClose")}
    </>
  );
}

/** Says, in the page's language, that a text is shown in another language. */
export function FallbackNotice({ picked }: { picked: Omit<Picked, "text"> }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!picked.isFallback) return null;
  return <p className="alert alert-info fallback-notice">{t("contentNotice.fallback", { language: languageName(picked.lang, lang) })}</p>;
}

/** A short translated text, marked with its own language so screen readers pronounce it right. */
export function T({
  picked,
  as: Tag = "span",
  className,
  id,
}: {
  picked: Picked;
  as?: "span" | "div" | "p" | "h1" | "h2" | "h3";
  className?: string;
  id?: string;
}) {
  const lang = useLang();
  const marked = picked.lang !== lang;
  return (
    <Tag id={id} className={className} lang={marked ? picked.lang : undefined} dir={marked ? dirOf(picked.lang) : undefined}>
      {picked.text}
    </Tag>
  );
}

/** A long text the server formatted (app/utils/markdown.server.ts): the Markdown library never ships to the browser. */
export function LongText({ picked }: { picked: Omit<Picked, "text"> & { html: string } }) {
  const lang = useLang();
  const marked = picked.lang !== lang;
  return (
    <div
      className="long-text"
      lang={marked ? picked.lang : undefined}
      dir={marked ? dirOf(picked.lang) : undefined}
      // Safe: markdown.server renders with raw HTML off and refuses script links.
      dangerouslySetInnerHTML={{ __html: picked.html }}
    />
  );
}

/** Previous, "page N of M", next; `label` names the list where a page has two (their navigation landmarks must differ). */
export function Pagination({ page, pages, hrefFor, label }: { page: number; pages: number; hrefFor: (page: number) => string; label?: string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label ?? t("pagination.label")}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          {t("pagination.previous")}
        </a>
      ) : null}
      <span>{t("pagination.status", { page, pages })}</span>
      {page < pages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t("pagination.next")}
        </a>
      ) : null}
    </nav>
  );
}

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "example" | "warning" }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
