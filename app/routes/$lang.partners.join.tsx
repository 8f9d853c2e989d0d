import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { CheckboxField, Field, FormError, SafeForm } from "~/components/forms";
import { CountryField, EmailField, OrganisationTypeField } from "~/components/ContactFields";
import { requestPartnership } from "~/models/partner-requests.server";
import { organisationTypes } from "~/models/registration-types";
import { packedCountryOptions } from "~/utils/country-options";
import { isCountryCode } from "~/utils/countries";
import { cleanText, nameText, optionalWebUrl, parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { PrivacyLink } from "~/components/PrivacyLink";
import { SuccessNotice } from "~/components/FlashNotice";
import { askedFrom } from "~/utils/outbox.server";

const JoinSchema = () =>
  z.object({
    organisation: nameText(300),
    type: z.enum(organisationTypes),
    country: z.string().refine(isCountryCode, "errors.country"),
    website: optionalWebUrl(300),
    motivation: cleanText(2000).transform((v) => v || null),
    name: nameText(200),
    email: z.string().trim().max(254).email(),
    consent: z.literal("on", { message: "errors.consentRequest" }),
  });

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  return { countries: packedCountryOptions(lang), meta: metaFor(lang, getT(lang)("partners.joinTitle")) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const s = await parseSubmission({ request, context, lang, schema: JoinSchema(), guard: { kind: "public", bucket: "partner-join" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const { consent: _consent, ...input } = s.data;
  askedFrom(context.clientIp, () => requestPartnership(input, lang));
  return redirect(`/${lang}/partners/join?sent=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function JoinGreenDigitalAction() {
  const { t } = useTranslation();
  const { countries } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  if (search.get("sent") && !failure) {
    return (
      <div className="container narrow">
        <h1>{t("partners.joinTitle")}</h1>
        <SuccessNotice text={t("partners.joinSent")} />
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>{t("partners.joinTitle")}</h1>
      <p className="lead">{t("partners.joinIntro")}</p>
      <SafeForm honeypot className="stack" noValidate>
        <FormError failure={failure} />
        <Field name="organisation" label={t("partners.organisationName")} required maxLength={300} failure={failure} />
        <OrganisationTypeField name="type" failure={failure} />
        <CountryField countries={countries} failure={failure} />
        <Field name="website" autoComplete="url" label={t("partners.website")} maxLength={300} failure={failure} dir="ltr" />
        <Field name="motivation" label={t("partners.motivation")} multiline maxLength={2000} failure={failure} />
        <Field name="name" label={t("partners.contactName")} autoComplete="name" required maxLength={200} failure={failure} />
        <EmailField hint={t("partners.emailHint")} failure={failure} />
        <CheckboxField name="consent" required label={t("partners.consent")} summaryLabel={t("privacy.title")} failure={failure} />
        <PrivacyLink />
        <button type="submit" className="button">
          {t("partners.joinSubmit")}
        </button>
      </SafeForm>
    </div>
  );
}
