import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FormError, SafeForm } from "~/components/forms";
import { findByVerifyToken, verifyEndorsement, type VerifyOutcome } from "~/models/endorsements.server";
import { endorsementAwaitsFocalPoint } from "~/models/focal-point-wait.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { readForm } from "~/utils/form-body.server";

const statusFor = { verified: 200, already: 409, expired: 410, unknown: 404 } as const;

/** Opening the link only shows a button: mail scanners that follow links verify nothing. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const e = findByVerifyToken(params.token ?? "");
  const state: VerifyOutcome | "ready" = !e ? "unknown" : e.verifiedAt !== null ? "already" : (e.verifyExpiresAt ?? 0) < Date.now() ? "expired" : "ready";
  return data(
    { state, organisation: e?.organisation ?? "", meta: metaFor(lang, getT(lang)("verify.title")) },
    { status: state === "ready" ? 200 : statusFor[state], headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  // A body that is not a form (JSON, broken multipart) has no token: refused below as a 403, not a 500.
  const form = (await readForm(request)) ?? new FormData();
  if (!isCsrfValid(request, form)) return data({ formError: getT(lang)("errors.csrf"), outcome: null, toFocalPoint: false }, { status: 403 });
  const token = params.token ?? "";
  const e = findByVerifyToken(token);
  const outcome = verifyEndorsement(token);
  // Confirmed in a government's name where the country has a focal point: it goes to them first.
  const toFocalPoint = outcome === "verified" && !!e && endorsementAwaitsFocalPoint(e);
  return data({ formError: undefined, outcome, toFocalPoint }, { status: statusFor[outcome] });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function VerifyEndorsement() {
  const { t } = useTranslation();
  const { state, organisation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const shown = result?.outcome ?? (state === "ready" ? null : state);
  return (
    <div className="container narrow">
      <h1>{t("verify.title")}</h1>
      <FormError failure={result} />
      {shown ? (
        <p className={`alert ${shown === "verified" ? "alert-success" : "alert-error"}`} role="status">
          {result?.toFocalPoint ? t("verify.verifiedFocalPoint") : t(`verify.${shown}`)}
        </p>
      ) : (
        <>
          <p>{t("verify.intro", { organisation })}</p>
          <SafeForm>
            <button type="submit" className="button">
              {t("verify.confirm")}
            </button>
          </SafeForm>
        </>
      )}
    </div>
  );
}
