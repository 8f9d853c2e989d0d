import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FormError, SafeForm } from "~/components/forms";
import { findByManageToken, withdrawEndorsement } from "~/models/endorsements.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { notFound } from "~/utils/http.server";
import { readForm } from "~/utils/form-body.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const row = findByManageToken(params.token ?? "");
  if (!row) throw notFound();
  return data(
    {
      organisation: row.e.organisation,
      declaration: pickTranslation(row.d.title, lang).text,
      status: row.e.status,
      meta: metaFor(lang, getT(lang)("withdraw.title")),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  // A body that is not a form (JSON, broken multipart) has no token: refused below as a 403, not a 500.
  const form = (await readForm(request)) ?? new FormData();
  if (!isCsrfValid(request, form)) return data({ formError: getT(lang)("errors.csrf"), done: false }, { status: 403 });
  if (!findByManageToken(params.token ?? "")) throw notFound();
  const done = withdrawEndorsement(params.token ?? "");
  return data({ formError: undefined, done }, { status: done ? 200 : 409 });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function WithdrawEndorsement() {
  const { t } = useTranslation();
  const { organisation, declaration, status } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const withdrawn = result?.done || status === "withdrawn";
  return (
    <div className="container narrow">
      <h1>{t("withdraw.title")}</h1>
      <FormError failure={result} />
      <p>{t("withdraw.about", { organisation, declaration })}</p>
      <p data-testid="endorsement-status">{t(`endorsementStatus.${withdrawn ? "withdrawn" : status}`)}</p>
      {!withdrawn && status !== "rejected" ? (
        <SafeForm>
          <button type="submit" className="button button-secondary">
            {t("withdraw.confirm")}
          </button>
        </SafeForm>
      ) : null}
    </div>
  );
}
