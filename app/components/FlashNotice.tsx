import { useLocation, useSearchParams } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import type { TextKey } from "~/utils/translation-keys";
import { useTranslation } from "~/utils/use-translation";

/**
 * The confirmation a page shows after POST → redirect → GET: the action adds `?done=<what>` (or
 * another `param`) and `notices` names the text for each known value. Unknown values show nothing,
 * and so does a form that came back refused (`failed`).
 */
export function FlashNotice({ notices, failed, param = "done" }: { notices: Record<string, TextKey>; failed?: unknown; param?: string }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const done = search.get(param);
  if (!done || failed || !Object.hasOwn(notices, done)) return null;
  return <SuccessNotice text={t(notices[done]!)} />;
}

/**
 * A confirmation in a green box, after POST → redirect → GET. It takes the focus, so that what the
 * action did is read out and Tab goes on from there, rather than from the top of the page (without
 * JavaScript) or from nowhere (the button pressed may have left with its row): by `autofocus` on a
 * page the server drew, by the effect on each new arrival when the page is drawn in place, even at
 * the same address. Nothing when `text` is empty.
 */
export function SuccessNotice({ text }: { text: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const { key } = useLocation();
  const shown = Boolean(text);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [key, shown]);
  if (!text) return null;
  return (
    // eslint-disable-next-line jsx-a11y/no-autofocus -- the outcome of what the person just did (WCAG 4.1.3, 2.4.3)
    <p ref={ref} className="alert alert-success" role="status" tabIndex={-1} autoFocus>
      {text}
    </p>
  );
}

/**
 * A question asked again before an action that is hard to undo (a rejection, a seat beyond the
 * capacity), after POST → redirect → GET. Like SuccessNotice it takes the focus, so that the question
 * is read out and its buttons are the next Tab away, rather than at the top of a long list.
 */
export function AskAgain({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { key } = useLocation();
  useEffect(() => ref.current?.focus(), [key]);
  return (
    // eslint-disable-next-line jsx-a11y/no-autofocus -- the question the person's click just raised (WCAG 2.4.3, 3.3.4)
    <div ref={ref} className="alert alert-error" role="alert" tabIndex={-1} autoFocus>
      {children}
    </div>
  );
}

/** The same notices under one key prefix: `{ a: "prefix.a", b: "prefix.b" }`. */
export const noticesUnder = <P extends string, N extends string>(prefix: P, names: readonly N[]) =>
  Object.fromEntries(names.map((n) => [n, `${prefix}.${n}`])) as Record<N, `${P}.${N}`>;
