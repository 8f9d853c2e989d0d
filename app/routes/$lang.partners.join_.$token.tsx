import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FormError, SafeForm } from "~/components/forms";
import { SuccessNotice } from "~/components/FlashNotice";
import { confirmPartnershipRequest, joinConfirmState, pendingJoinRequest, type JoinConfirmState } from "~/models/partner-requests.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { readForm } from "~/utils/form-body.server";
import { useLang } from "~/utils/use-lang";

const statusFor = { ready: 200, confirmed: 200, already: 409, expired: 410, unknown: 404 } as const satisfies Record<JoinConfirmState, number>;
const messageFor = {
  confirmed: "partners.confirmDone",
  already: "partners.confirmAlready",
  expired: "partners.confirmExpired",
  unknown: "partners.confirmUnknown",
} as const;

/** Opening the link only shows a button: mail scanners that follow links confirm nothing. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const state = joinConfirmState(params.token ?? "");
  const request = state === "ready" ? pendingJoinRequest(params.token ?? "") : null;
  return data(
    { state, request, meta: metaFor(lang, getT(lang)("partners.confirmTitle")) },
    { status: statusFor[state], headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  // A body that is not a form (JSON, broken multipart) has no token: refused below as a 403, not a 500.
  const form = (await readForm(request)) ?? new FormData();
  if (!isCsrfValid(request, form)) return data({ formError: getT(lang)("errors.csrf"), outcome: null }, { status: 403 });
  const outcome = confirmPartnershipRequest(params.token ?? "");
  return data({ formError: undefined, outcome }, { status: statusFor[outcome] });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function ConfirmJoinRequest() {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const shown = result?.outcome ?? (state === "ready" ? null : state);
  return (
    <div className="container narrow">
      <h1>{t("partners.confirmTitle")}</h1>
      <FormError failure={result} />
      {shown === "confirmed" ? (
        <SuccessNotice text={t(messageFor[shown])} />
      ) : shown ? (
        <p className="alert alert-error" role="status">
          {t(messageFor[shown])}
        </p>
      ) : null}
      {shown === "expired" || shown === "unknown" ? (
        <p>
          <a href={`/${lang}/partners/join`}>{t("partners.joinTitle")}</a>
        </p>
      ) : null}
      {shown ? null : (
        <>
          <p>{t("partners.confirmIntro")}</p>
          {request ? (
            <>
              <p>{t("partners.confirmCheck")}</p>
              {/* Each name in its own direction, on the side of the page its label is on. */}
              <dl>
                <dt>{t("partners.organisationName")}</dt>
                <dd>
                  <bdi>{request.organisation}</bdi>
                </dd>
                <dt>{t("partners.contactName")}</dt>
                <dd>
                  <bdi>{request.name}</bdi>
                </dd>
              </dl>
            </>
          ) : null}
          <SafeForm>
            <button type="submit" className="button">
              {t("partners.confirmButton")}
            </button>
          </SafeForm>
        </>
      )}
    </div>
  );
}
