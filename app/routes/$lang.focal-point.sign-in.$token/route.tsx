import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OpenLink } from "~/components/EmailLinkSignIn";
import { focalPointLinkState, redeemFocalPointLink } from "~/models/focal-points.server";
import { linkPage, redeemLink } from "~/auth/email-link.server";
import { focalPointSessionCookie } from "~/auth/focal-point.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  return linkPage(focalPointLinkState(params.token ?? ""), metaFor(lang, getT(lang)("focalPoint.signInTitle")));
}

export function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  return redeemLink(
    request,
    () => redeemFocalPointLink(params.token ?? ""),
    (session) => ({ to: `/${lang}/focal-point`, cookie: focalPointSessionCookie(session) }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function RedeemFocalPointLink() {
  const { t } = useTranslation();
  const lang = useLang();
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  return <OpenLink title={t("focalPoint.signInTitle")} state={acted?.state ?? loaded.state} askAgain={`/${lang}/focal-point/sign-in`} />;
}
