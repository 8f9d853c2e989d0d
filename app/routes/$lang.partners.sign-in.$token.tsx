import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OpenLink } from "~/components/EmailLinkSignIn";
import { redeemSignInLink, signInLinkState } from "~/models/partners.server";
import { linkPage, redeemLink } from "~/auth/email-link.server";
import { partnerNext, partnerSessionCookie } from "~/auth/partner.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  return linkPage(signInLinkState(params.token ?? ""), metaFor(lang, getT(lang)("partners.signInTitle")));
}

export function action({ request, params }: ActionFunctionArgs) {
  const lang = langParam(params);
  return redeemLink(
    request,
    () => redeemSignInLink(params.token ?? ""),
    (session) => ({ to: partnerNext(new URL(request.url).searchParams.get("next"), lang), cookie: partnerSessionCookie(session) }),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function RedeemSignInLink() {
  const { t } = useTranslation();
  const lang = useLang();
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  return <OpenLink title={t("partners.signInTitle")} state={acted?.state ?? loaded.state} askAgain={`/${lang}/partners/sign-in`} />;
}
