import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Field, FormError, SafeForm } from "~/components/forms";
import { createStaffSession, verifyStaffSignIn } from "~/models/staff.server";
import { getStaffUser, staffSessionCookie } from "~/auth/staff.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam, safeNext } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { claimSignInAttempt, recordSignInSuccess } from "~/utils/sign-in-throttle.server";

const SignInSchema = () =>
  z.object({
    email: z.string().trim().min(1).max(254).email(),
    password: z.string().min(1).max(1024),
    next: z.string().max(2000).optional(),
  });

/** Only a path on this site, so the sign-in page cannot send anyone elsewhere. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  if (getStaffUser(request)) throw redirect(`/${lang}/admin`);
  return { lang, meta: metaFor(lang, getT(lang, "admin")("signIn.title")) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang, "common");
  const s = await parseSubmission({ request, context, lang, schema: SignInSchema(), guard: { kind: "credentials" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const { email, password, next } = s.data;
  // Only failures count, and only against the addresses that made them; each attempt counts as one until its password proves right.
  if (claimSignInAttempt(email, context.clientIp) > 0) {
    return data({ formError: t("errors.rateLimited"), fieldErrors: {}, values: { email } }, { status: 429 });
  }
  const user = await verifyStaffSignIn(email, password);
  if (user) recordSignInSuccess(email, context.clientIp);
  if (!user) {
    return data({ formError: getT(lang, "admin")("signIn.failed"), fieldErrors: {}, values: { email } }, { status: 401 });
  }
  const token = createStaffSession(user.id);
  return redirect(safeNext(next, `/${lang}/`, `/${lang}/admin`), { headers: { "Set-Cookie": staffSessionCookie(token) } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function SignIn() {
  const { t } = useTranslation("admin");
  const failure = useActionData<typeof action>();
  const { lang } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="container narrow">
      <h1>{t("signIn.title")}</h1>
      <SuccessNotice text={params.get("password") === "set" && !failure ? t("password.done") : null} />
      <p>{t("signIn.intro")}</p>
      <SafeForm className="stack" aria-labelledby="sign-in-heading" noValidate>
        <h2 id="sign-in-heading" className="visually-hidden">
          {t("signIn.title")}
        </h2>
        <FormError failure={failure} />
        <input type="hidden" name="next" value={params.get("next") ?? ""} />
        <Field name="email" type="email" label={t("signIn.email")} autoComplete="username" required failure={failure} />
        <Field name="password" type="password" label={t("signIn.password")} autoComplete="current-password" required failure={failure} />
        <button type="submit" className="button">
          {t("signIn.submit")}
        </button>
      </SafeForm>
      <p>
        <a href={`/${lang}/admin/password-reset`}>{t("signIn.forgot")}</a>
      </p>
    </div>
  );
}
