import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { CountryField } from "~/components/ContactFields";
import { Field, FormError, SafeForm, SelectField } from "~/components/forms";
import { visaLetterLangs } from "~/models/visa-letter-types";
import { VisaRequest } from "./form.server";
import { defaultLetterLang, mayRequestVisaLetter, requestVisaLetter, visaLetterStateOf } from "~/models/visa-letters.server";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { pageMeta } from "~/utils/meta";
import { formatEventWhen } from "~/utils/time";
import { conflict, notFound } from "~/utils/http.server";
import { NO_STORE, linkPageBase, registrationOfLink } from "../$lang.registrations.$token/view.server";

export function loader({ params }: LoaderFunctionArgs) {
  const { lang, token, reg, event } = registrationOfLink(params);
  // Someone who already asked, or may not, goes back to their page, which says how it stands.
  if (visaLetterStateOf(reg.id) || !mayRequestVisaLetter(reg, event)) throw redirect(`/${lang}/registrations/${token}`);
  return data(
    {
      ...linkPageBase(lang, token, "visa.heading"),
      letterLang: defaultLetterLang(reg.lang),
      event: { title: pickTranslation(event.title, lang), when: formatEventWhen(lang, event) },
    },
    NO_STORE,
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, token, event } = registrationOfLink(params);
  const s = await parseSubmission({ request, context, lang, schema: VisaRequest(event), guard: { kind: "public", bucket: "visa-letter" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const outcome = requestVisaLetter(token, s.data);
  if (outcome === "not-found") throw notFound();
  if (outcome === "not-eligible") throw conflict();
  return redirect(`/${lang}/registrations/${token}?done=visaRequested#visa`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function VisaLetterRequest() {
  const { t } = useTranslation();
  const { lang, token, countries, letterLang, event } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <h1>{t("visa.heading")}</h1>
      <p>
        <T picked={event.title} /> · {event.when}
      </p>
      <p>{t("visa.formIntro")}</p>
      <p>{t("visa.privacy")}</p>
      <SafeForm className="stack" honeypot noValidate>
        <FormError failure={failure} />
        <SelectField
          name="letterLang"
          label={t("visa.letterLang")}
          options={visaLetterLangs.map((l) => ({ value: l, label: t(`visa.letterLangs.${l}`) }))}
          defaultValue={letterLang}
          failure={failure}
          required
        />
        <Field name="fullName" label={t("visa.fullName")} hint={t("visa.fullNameHint")} failure={failure} required maxLength={200} dir="auto" />
        <CountryField name="nationality" label={t("visa.nationality")} countries={countries} failure={failure} />
        <Field name="dateOfBirth" type="date" label={t("visa.dateOfBirth")} failure={failure} required />
        <Field name="passportNumber" label={t("visa.passportNumber")} failure={failure} required maxLength={30} dir="ltr" />
        <Field name="passportIssuedOn" type="date" label={t("visa.passportIssuedOn")} failure={failure} required />
        <Field name="passportExpiresOn" type="date" label={t("visa.passportExpiresOn")} failure={failure} required />
        <Field
          name="placeOfApplication"
          label={t("visa.placeOfApplication")}
          hint={t("visa.placeHint")}
          failure={failure}
          required
          maxLength={200}
          dir="auto"
        />
        <button type="submit" className="button">
          {t("visa.submit")}
        </button>
      </SafeForm>
      <p>
        <a href={`/${lang}/registrations/${token}`}>{t("visa.back")}</a>
      </p>
    </div>
  );
}
