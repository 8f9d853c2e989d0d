import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FormError, SafeForm } from "~/components/forms";
import { membershipByUnsubscribeToken, unsubscribeByToken } from "~/models/working-group-reporting.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { isTokenShaped } from "~/utils/tokens.server";
import { readForm } from "~/utils/form-body.server";

function find(token: string | undefined) {
  return token && isTokenShaped(token) ? membershipByUnsubscribeToken(token) : null;
}

/** The link in each update email; opening it shows a button, so mail scanners unsubscribe nobody. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const found = find(params.token);
  return data(
    {
      state: !found ? ("unknown" as const) : found.membership.notify ? ("ready" as const) : ("done" as const),
      group: found ? pickTranslation(found.group.name, lang).text : "",
      meta: metaFor(lang, getT(lang)("wgUnsubscribe.title")),
    },
    { status: found ? 200 : 404, headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  // A body that is not a form (JSON, broken multipart) has no token: refused below as a 403, not a 500.
  const form = (await readForm(request)) ?? new FormData();
  if (!isCsrfValid(request, form)) return data({ formError: getT(lang)("errors.csrf"), done: false }, { status: 403 });
  const found = find(params.token);
  if (!found) return data({ formError: getT(lang)("wgUnsubscribe.unknown"), done: false }, { status: 404 });
  unsubscribeByToken(params.token!);
  return { formError: undefined, done: true };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function Unsubscribe() {
  const { t } = useTranslation();
  const { state, group } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const shown = result?.done ? "done" : state;
  return (
    <div className="container narrow">
      <h1>{t("wgUnsubscribe.title")}</h1>
      <FormError failure={result} />
      {shown === "ready" ? (
        <>
          <p>{t("wgUnsubscribe.intro", { group })}</p>
          <SafeForm>
            <button type="submit" className="button">
              {t("wgUnsubscribe.confirm")}
            </button>
          </SafeForm>
        </>
      ) : (
        <p className={`alert ${shown === "done" ? "alert-success" : "alert-error"}`} role="status">
          {t(`wgUnsubscribe.${shown}`, { group })}
        </p>
      )}
    </div>
  );
}
