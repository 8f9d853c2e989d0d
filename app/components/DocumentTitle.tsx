import { useMatches } from "@remix-run/react";
import { useContext } from "react";
// Remix's <Meta> reads the same router state; its meta functions are not given what an action returned.
import { UNSAFE_DataRouterStateContext as RouterState } from "react-router-dom";
import type { PageMeta } from "~/utils/meta";
import { useTranslation } from "~/utils/use-translation";

/** What a form's action returns when it refuses the submission (forms.tsx `FailureData`). */
function isRefusal(answer: unknown): boolean {
  if (!answer || typeof answer !== "object") return false;
  const { formError, fieldErrors } = answer as { formError?: unknown; fieldErrors?: unknown };
  return Boolean(formError) || (!!fieldErrors && typeof fieldErrors === "object" && Object.keys(fieldErrors).length > 0);
}

/**
 * The document's <title>, from the deepest page whose loader named one (utils/meta.server.ts). A
 * page whose form came back refused says so first ("Error: …", WCAG 3.3.1): the title is the first
 * thing a screen reader reads of a page drawn anew without JavaScript, and a browser tab shows it.
 * The route's `meta` cannot do this: Remix gives it the loader's data only, never the action's.
 * An error page writes its own title (ErrorPage.tsx).
 */
export function DocumentTitle() {
  const state = useContext(RouterState);
  const matches = useMatches();
  const { t } = useTranslation();
  if (state?.errors) return null;
  const title = matches
    .map((m) => (m.data as { meta?: PageMeta } | undefined)?.meta?.documentTitle)
    .filter(Boolean)
    .pop();
  if (!title) return null;
  const refused = Object.values(state?.actionData ?? {}).some(isRefusal);
  return <title>{refused ? t("forms.errorTitle", { title }) : title}</title>;
}
