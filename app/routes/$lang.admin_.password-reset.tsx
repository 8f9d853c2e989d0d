import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { z } from "zod";
import { Field, FormError, SafeForm } from "~/components/forms";
import { requestPasswordReset } from "~/models/staff-accounts.server";
import { env } from "~/utils/env.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { hitRateLimit, networkOf } from "~/utils/rate-limit.server";
import { useTranslation } from "~/utils/use-translation";
import { askedFrom } from "~/utils/outbox.server";

const ResetSchema = () => z.object({ email: z.string().trim().min(1).max(254).email() });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const sent = new URL(request.url).searchParams.get("sent") === "1";
  return { lang, sent, meta: metaFor(lang, getT(lang, "admin")("reset.title")) };
}

/** "Forgot your password?": the same answer whether or not the address has an account. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const s = await parseSubmission({ request, context, lang, schema: ResetSchema(), guard: { kind: "public", bucket: "staff-reset" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  // RATE_LIMIT_SIGNIN per address of the requester (the public forms' wider limit applies too), and
  // one account cannot be flooded with links from many places either.
  if (
    hitRateLimit("staff-reset-ip", networkOf(context.clientIp), env().RATE_LIMIT_SIGNIN) ||
    hitRateLimit("staff-reset-account", s.data.email.toLowerCase(), env().RATE_LIMIT_SIGNIN)
  ) {
    return data({ formError: getT(lang)("errors.rateLimited"), fieldErrors: {}, values: { email: s.data.email } }, { status: 429 });
  }
  askedFrom(context.clientIp, () => requestPasswordReset(s.data.email));
  return redirect(`/${lang}/admin/password-reset?sent=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function PasswordReset() {
  const { t } = useTranslation("admin");
  const { lang, sent } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <h1>{t("reset.title")}</h1>
      <SuccessNotice text={sent && !failure ? t("reset.sent") : null} />
      <p>{t("reset.intro")}</p>
      <SafeForm className="stack" honeypot aria-labelledby="reset-form" noValidate>
        <h2 id="reset-form" className="visually-hidden">
          {t("reset.title")}
        </h2>
        <FormError failure={failure} />
        <Field name="email" type="email" label={t("signIn.email")} autoComplete="username" required failure={failure} dir="ltr" />
        <button type="submit" className="button">
          {t("reset.submit")}
        </button>
      </SafeForm>
      <p>
        <a href={`/${lang}/admin/sign-in`}>{t("reset.back")}</a>
      </p>
    </div>
  );
}
