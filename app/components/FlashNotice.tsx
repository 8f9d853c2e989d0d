import { useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";

/**
 * The confirmation a page shows after POST → redirect → GET: the action adds `?done=<what>` (or
 * another `param`) and `notices` names the text for each known value. Unknown values show nothing,
 * and so does a form that came back refused (`failed`).
 */
export function FlashNotice({ notices, failed, param = "done" }: { notices: Record<string, string>; failed?: unknown; param?: string }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const done = search.get(param);
  if (!done || failed || !Object.hasOwn(notices, done)) return null;
  return (
    <p className="alert alert-success" role="status">
      {t(notices[done]!)}
    </p>
  );
}

/** The same notices under one key prefix: `{ a: "prefix.a", b: "prefix.b" }`. */
export const noticesUnder = (prefix: string, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, `${prefix}.${n}`]));
