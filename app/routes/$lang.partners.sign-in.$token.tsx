import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { SafeForm } from "~/components/forms";
import { redeemSignInLink, signInLinkState } from "~/models/partners.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { partnerNext, partnerSessionCookie } from "~/auth/partner.server";
import { useLang } from "~/utils/use-lang";
import { readForm } from "~/utils/form-body.server";

const statusOf = { ready: 200, used: 410, expired: 410, unknown: 404 } as const;

/** The emailed link opens this page; only its button signs in, so link scanners use nothing up. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const state = signInLinkState(params.token ?? "");
  return data({ state, meta: metaFor(lang, getT(lang)("partners.signInTitle")) }, { status: statusOf[state], headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  // A body that is not a form (JSON, broken multipart) has no token: refused below as a 403, not a 500.
  const form = (await readForm(request)) ?? new FormData();
  if (!isCsrfValid(request, form)) return data({ state: "unknown" as const }, { status: 403 });
  const result = redeemSignInLink(params.token ?? "");
  if (!result.ok) return data({ state: result.state }, { status: statusOf[result.state] });
  return redirect(partnerNext(new URL(request.url).searchParams.get("next"), lang), { headers: { "Set-Cookie": partnerSessionCookie(result.session) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function RedeemSignInLink() {
  const { t } = useTranslation();
  const lang = useLang();
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const state = acted?.state ?? loaded.state;
  return (
    <div className="container narrow">
      <h1>{t("partners.signInTitle")}</h1>
      {state === "ready" ? (
        <SafeForm>
          <button type="submit" className="button">
            {t("partners.signInButton")}
          </button>
        </SafeForm>
      ) : (
        <p className="alert alert-error" role="status">
          {t(`partners.link.${state}`)} <a href={`/${lang}/partners/sign-in`}>{t("partners.sendLink")}</a>
        </p>
      )}
    </div>
  );
}
