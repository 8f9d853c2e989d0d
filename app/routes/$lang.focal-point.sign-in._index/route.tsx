import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Field, FormError, SafeForm } from "~/components/forms";
import { sendFocalPointLink } from "~/models/focal-points.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";

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
  sendFocalPointLink(s.data.email);
  // The same answer whether or not the address is a focal point's.
  return redirect(`/${lang}/focal-point/sign-in?sent=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function FocalPointSignIn() {
  const { t } = useTranslation();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <div className="container narrow">
      <h1>{t("focalPoint.signInTitle")}</h1>
      {search.get("sent") && !failure ? (
        <p className="alert alert-success" role="status">
          {t("focalPoint.linkSent")}
        </p>
      ) : (
        <>
          <p>{t("focalPoint.signInIntro")}</p>
          <SafeForm honeypot className="stack" noValidate>
            <FormError failure={failure} />
            <Field name="email" type="email" label={t("register.email")} autoComplete="email" required maxLength={254} failure={failure} dir="ltr" />
            <button type="submit" className="button">
              {t("partners.sendLink")}
            </button>
          </SafeForm>
        </>
      )}
    </div>
  );
}
