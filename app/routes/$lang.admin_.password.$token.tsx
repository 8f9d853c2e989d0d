import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Field, FormError, SafeForm } from "~/components/forms";
import { passwordLink, setPasswordWithLink } from "~/models/staff-accounts.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { MIN_PASSWORD_LENGTH } from "~/utils/password.server";
import { useTranslation } from "~/utils/use-translation";
import { isolate } from "~/utils/bidi";

const PasswordSchema = () =>
  z
    .object({
      password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
      confirm: z.string().max(1024),
    })
    .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "admin:password.mismatch" });

/** Where an invited colleague chooses a password, or a staff member sets a new one; the emailed link is the key. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const link = passwordLink(params.token ?? "");
  const ta = getT(lang, "admin");
  // A link that no longer works is answered 410 with a way to ask for a new one.
  if (!link) return data({ lang, meta: metaFor(lang, ta("password.expiredTitle")), link: null, minLength: MIN_PASSWORD_LENGTH }, { status: 410 });
  return {
    lang,
    meta: metaFor(lang, ta(`password.title.${link.purpose}`)),
    link: { purpose: link.purpose, name: link.user.name, email: link.user.email },
    minLength: MIN_PASSWORD_LENGTH,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const s = await parseSubmission({ request, context, lang, schema: PasswordSchema(), guard: { kind: "signin" } });
  // Passwords are never sent back into the page.
  if (!s.ok) return data({ ...s.failure, values: {} }, { status: s.status });
  if (!(await setPasswordWithLink(params.token ?? "", s.data.password))) {
    return data({ formError: getT(lang, "admin")("password.expiredBody"), fieldErrors: {}, values: {} }, { status: 410 });
  }
  return redirect(`/${lang}/admin/sign-in?password=set`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function ChoosePassword() {
  const { t } = useTranslation("admin");
  const { lang, link, minLength } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  if (!link) {
    return (
      <div className="container narrow">
        <h1>{t("password.expiredTitle")}</h1>
        <p>{t("password.expiredBody")}</p>
        <p>
          <a href={`/${lang}/admin/password-reset`}>{t("password.askAgain")}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>{t(`password.title.${link.purpose}`)}</h1>
      <p>{t("password.intro", { name: isolate(link.name), email: isolate(link.email) })}</p>
      <SafeForm className="stack" aria-labelledby="password-form" noValidate>
        <h2 id="password-form" className="visually-hidden">
          {t(`password.title.${link.purpose}`)}
        </h2>
        <FormError failure={failure} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" value={link.email} autoComplete="username" readOnly hidden />
        <Field
          name="password"
          type="password"
          label={t("password.new")}
          hint={t("password.rule", { count: minLength })}
          autoComplete="new-password"
          required
          failure={failure}
        />
        <Field name="confirm" type="password" label={t("password.confirm")} autoComplete="new-password" required failure={failure} />
        <button type="submit" className="button">
          {t("password.submit")}
        </button>
      </SafeForm>
    </div>
  );
}
