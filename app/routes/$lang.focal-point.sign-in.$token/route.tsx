import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SafeForm } from "~/components/forms";
import { focalPointLinkState, redeemFocalPointLink } from "~/models/focal-points.server";
import { isCsrfValid } from "~/utils/csrf.server";
import { focalPointSessionCookie } from "~/auth/focal-point.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";

const statusOf = { ready: 200, used: 410, expired: 410, unknown: 404 } as const;

/** The emailed link opens this page; only its button signs in, so link scanners use nothing up. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const state = focalPointLinkState(params.token ?? "");
  return data({ state, meta: metaFor(lang, getT(lang)("focalPoint.signInTitle")) }, { status: statusOf[state], headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  const form = await request.formData().catch(() => new FormData());
  if (!isCsrfValid(request, form)) return data({ state: "unknown" as const }, { status: 403 });
  const result = redeemFocalPointLink(params.token ?? "");
  if (!result.ok) return data({ state: result.state }, { status: statusOf[result.state] });
  return redirect(`/${lang}/focal-point`, {
    headers: { "Set-Cookie": focalPointSessionCookie(result.session) },
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function RedeemFocalPointLink() {
  const { t } = useTranslation();
  const lang = useLang();
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const state = acted?.state ?? loaded.state;
  return (
    <div className="container narrow">
      <h1>{t("focalPoint.signInTitle")}</h1>
      {state === "ready" ? (
        <SafeForm>
          <button type="submit" className="button">
            {t("partners.signInButton")}
          </button>
        </SafeForm>
      ) : (
        <p className="alert alert-error" role="status">
          {t(`partners.link.${state}`)} <a href={`/${lang}/focal-point/sign-in`}>{t("partners.sendLink")}</a>
        </p>
      )}
    </div>
  );
}
