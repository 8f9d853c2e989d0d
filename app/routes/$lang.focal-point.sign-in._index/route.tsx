import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { AskForLink } from "~/components/EmailLinkSignIn";
import { sendFocalPointLink } from "~/models/focal-points.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";
import { askedFrom } from "~/utils/outbox.server";

const SignInSchema = () => z.object({ email: z.string().trim().max(254).email() });

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  return { meta: metaFor(lang, getT(lang)("focalPoint.signInTitle")) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const s = await parseSubmission({
    request,
    context,
    lang,
    schema: SignInSchema(),
    guard: { kind: "public", bucket: "focal-point-sign-in" },
  });
  if (!s.ok) return data(s.failure, { status: s.status });
  askedFrom(context.clientIp, () => sendFocalPointLink(s.data.email));
  // The same answer whether or not the address is a focal point's.
  return redirect(`/${lang}/focal-point/sign-in?sent=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function FocalPointSignIn() {
  const { t } = useTranslation();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <AskForLink
      title={t("focalPoint.signInTitle")}
      intro={t("focalPoint.signInIntro")}
      sent={search.get("sent") ? t("focalPoint.linkSent") : null}
      failure={failure}
      signedOut={search.has("signed-out")}
    />
  );
}
