import { useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
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

/** A confirmation in a green box, announced to screen readers without moving focus; nothing when `text` is empty. */
export function SuccessNotice({ text }: { text: ReactNode }) {
  if (!text) return null;
  return (
    <p className="alert alert-success" role="status">
      {text}
    </p>
  );
}

/** The same notices under one key prefix: `{ a: "prefix.a", b: "prefix.b" }`. */
export const noticesUnder = <P extends string, N extends string>(prefix: P, names: readonly N[]) =>
  Object.fromEntries(names.map((n) => [n, `${prefix}.${n}`])) as Record<N, `${P}.${N}`>;
