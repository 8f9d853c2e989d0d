import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { AskForLink } from "~/components/EmailLinkSignIn";
import { sendSignInLink } from "~/models/partners.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { partnerNext } from "~/auth/partner.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { askedFrom } from "~/utils/outbox.server";

const SignInSchema = () => z.object({ email: z.string().trim().max(254).email(), next: z.string().max(500).optional() });

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  return { meta: metaFor(lang, getT(lang)("partners.signInTitle")) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const s = await parseSubmission({ request, context, lang, schema: SignInSchema(), guard: { kind: "public", bucket: "partner-sign-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  // The emailed link brings the partner back to the page that sent them here.
  const next = partnerNext(s.data.next, lang);
  askedFrom(context.clientIp, () => sendSignInLink(s.data.email, lang, Date.now(), next === `/${lang}/partners/account` ? undefined : next));
  // The same answer whether or not the address belongs to a partner.
  return redirect(`/${lang}/partners/sign-in?sent=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function PartnerSignIn() {
  const { t, lang } = useTranslation();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <AskForLink
      title={t("partners.signInTitle")}
      intro={t("partners.signInIntro")}
      sent={search.get("sent") ? t("partners.linkSent") : null}
      failure={failure}
      signedOut={search.has("signed-out")}
      next={search.get("next")}
      join={{ href: `/${lang}/partners/join`, label: t("pledges.join") }}
    />
  );
}
