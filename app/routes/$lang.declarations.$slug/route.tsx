import { Breadcrumb } from "~/components/Breadcrumb";
import { circularDesignation } from "~/utils/circular-designation";
import { copName } from "~/utils/cop-name";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "~/utils/use-translation";
import { FallbackNotice, LongText, T } from "~/components/content";
import { EndorseCallout } from "~/components/EndorseCallout";
import { CheckboxField, Field, FormError, SafeForm, SelectField, useFieldId, type FailureData } from "~/components/forms";
import { CountryField, EmailField } from "~/components/ContactFields";
import { getPublicDeclaration, isEndorsementOpen } from "~/models/declarations.server";
import { endorsementAwaitsFocalPoint } from "~/models/focal-point-wait.server";
import { endorserCategories, LETTER_MAX_BYTES, STATEMENT_MAX } from "~/models/endorsement-types";
import { submitEndorsement } from "~/models/endorsements.server";
import { countLetterUpload, letterQuotaReached } from "~/utils/letter-quota.server";
import { packedCountryOptions } from "~/utils/country-options";
import { EndorsementSchema, readLetter } from "~/routes/$lang.declarations.$slug/form.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { formatDate, formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageWithFormThroughRegistrations } from "~/page-cache/handle";
import { notFound } from "~/utils/http.server";
import { PrivacyLink } from "~/components/PrivacyLink";
import { formatted } from "~/utils/markdown.server";
import { askedFrom } from "~/utils/outbox.server";

export const handle = samePageWithFormThroughRegistrations;
/** Where a COP presidency's letter asks endorsements to be sent (CL-24/63 for COP29); the portal's own record is apart. */
const officialChannels: Record<string, { email: string }> = { COP29: { email: "digitalisation@cop29.az" } };

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const d = getPublicDeclaration(params.slug ?? "");
  if (!d) throw notFound();
  const title = pickTranslation(d.title, lang);
  const summary = pickTranslation(d.summary, lang);
  return {
    lang,
    countries: packedCountryOptions(lang),
    meta: metaFor(lang, title.text, summary.text),
    declaration: {
      slug: d.slug,
      title,
      summary,
      body: formatted(pickTranslation(d.body, lang), 3),
      cop: copName(lang, d.cop),
      copPlace: pickTranslation(d.copPlace, lang),
      open: isEndorsementOpen(d),
      opensOn: d.endorsementOpensAt ? formatDate(lang, d.endorsementOpensAt) : null,
      closesOn: d.endorsementClosesAt ? formatDate(lang, d.endorsementClosesAt) : null,
      count: formatNumber(lang, d.endorsementCount),
      circular: d.circular,
      officialChannel: officialChannels[d.cop] ?? null,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const d = getPublicDeclaration(params.slug ?? "");
  if (!d) throw notFound();
  const t = getT(lang);
  const s = await parseSubmission({ request, context, lang, schema: EndorsementSchema, guard: { kind: "public", bucket: "endorse" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const values = Object.fromEntries([...s.form].filter(([k, v]) => typeof v === "string" && k !== "_csrf")) as Record<string, string>;
  const letter = await readLetter(s.form);
  if (!letter.ok) {
    const failure: FailureData = { formError: t("errors.checkFields"), fieldErrors: { letter: t(letter.error) }, values };
    return data(failure, { status: letter.error === "errors.letterTooLarge" ? 413 : 415 });
  }
  const { consent: _consent, ...input } = s.data;
  if (letter.letter && letterQuotaReached(context.clientIp)) {
    return data({ formError: t("errors.rateLimited"), fieldErrors: {}, values } as FailureData, { status: 429 });
  }
  const result = askedFrom(context.clientIp, () => submitEndorsement(d.id, lang, input, letter.letter));
  if (!result.ok && result.reason === "closed") return data({ formError: t("endorse.closed"), fieldErrors: {}, values } as FailureData, { status: 409 });
  if (!result.ok) {
    // The quarantine is full or the disk is: nothing was stored, and the person is asked to try later.
    return data({ formError: t("errors.storageBusy"), fieldErrors: {}, values } as FailureData, { status: 503, headers: { "Retry-After": "3600" } });
  }
  if (letter.letter) countLetterUpload(context.clientIp);
  // To the focal point first where there is one (the page says so); `#main`, or the browser keeps the form's `#…-errors`.
  const toFocalPoint = endorsementAwaitsFocalPoint(input);
  return redirect(`/${lang}/declarations/${d.slug}/submitted${toFocalPoint ? "?to=focal-point" : ""}#main`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

/**
 * The letter's field. A file over 10 MB is refused here, as soon as it is chosen: one over the server's upload limit
 * (16 MB) would otherwise be cut off before the page could answer, and the browser would show an error page in place
 * of the form and everything typed in it. Without JavaScript the server's own localized answer stands, and the form
 * comes back with the field empty (browsers never fill in a file): the person is asked to attach the letter again.
 */
function FileField(props: { label: string; hint: string; error?: string; tooLarge: string; again: string | null }) {
  const { label, hint, error, tooLarge, again } = props;
  const input = useRef<HTMLInputElement>(null);
  const id = useFieldId("letter");
  const [chosenTooLarge, setChosenTooLarge] = useState(false);
  const [hasFile, setHasFile] = useState(false);
  // With JavaScript the form is returned in place and the chosen file is still there.
  useEffect(() => setHasFile((input.current?.files?.length ?? 0) > 0), [again]);
  const shown = chosenTooLarge ? tooLarge : error;
  const notice = !shown && again && !hasFile ? again : null;
  const describedBy = [`${id}-hint`, notice ? `${id}-again` : "", shown ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`field${shown ? " field-invalid" : ""}`}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {notice ? (
        <p className="alert alert-info" id={`${id}-again`}>
          {notice}
        </p>
      ) : null}
      <input
        ref={input}
        id={id}
        name="letter"
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby={describedBy}
        aria-invalid={shown ? true : undefined}
        onChange={(e) => {
          const over = (e.currentTarget.files?.[0]?.size ?? 0) > LETTER_MAX_BYTES;
          if (over) e.currentTarget.value = "";
          setChosenTooLarge(over);
          setHasFile((e.currentTarget.files?.length ?? 0) > 0);
        }}
      />
      {shown ? (
        <p className="field-error" id={`${id}-error`} role={chosenTooLarge ? "alert" : undefined}>
          {shown}
        </p>
      ) : null}
    </div>
  );
}

export default function DeclarationPage() {
  const { t } = useTranslation();
  const { lang, declaration: d, countries } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container">
      <Breadcrumb href={`/${lang}/declarations`} label={t("nav.declarations")} current={d.cop} />
      <T picked={d.title} as="h1" />
      <EndorseCallout declaration={d} />
      <T picked={d.summary} as="p" className="lead" />
      <dl className="facts">
        <dt>{t("declarations.cop")}</dt>
        <dd>
          {d.cop}
          {t("comma")}
          <T picked={d.copPlace} />
        </dd>
        <dt>{t("declarations.endorsements")}</dt>
        <dd>
          <span data-testid="endorsement-count">{d.count}</span> · <a href={`/${lang}/declarations/${d.slug}/endorsers`}>{t("endorsers.seeAll")}</a>
        </dd>
        {d.circular ? (
          <>
            <dt>{t("declarations.announcedBy")}</dt>
            <dd>
              <a href={`/${lang}/circulars/${d.circular.slug}`}>{circularDesignation(d.circular.reference, t)}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="full-text">
        <h2 id="full-text">{t("declarations.fullText")}</h2>
        {d.body.isFallback && d.body.lang === "en" ? (
          // COP declarations are issued in English only (CL-24/63 annexes the COP29 one "in English only"):
          // not a translation still to come, but the text as issued.
          <p className="alert alert-info" data-testid="as-issued">
            {t("declarations.englishOnly")}
          </p>
        ) : (
          <FallbackNotice picked={d.body} />
        )}
        <LongText picked={d.body} />
      </section>
      <section id="endorse" aria-labelledby="endorse-heading" className="register-box">
        <h2 id="endorse-heading">{t("declarations.endorseHeading")}</h2>
        {d.open || failure ? (
          <SafeForm id="endorse-form" honeypot anchored encType="multipart/form-data" className="stack" noValidate aria-labelledby="endorse-heading">
            <p>{t("endorse.intro")}</p>
            <p className="alert alert-info" data-testid="listing-note">
              {t("endorse.listing", { example: t("endorsers.governmentOf", { country: t("endorse.exampleCountry") }) })}
            </p>
            <FormError failure={failure} />
            <div className="editor-grid">
              <SelectField
                name="category"
                label={t("endorse.category")}
                required
                defaultValue={failure?.values?.category ?? ""}
                failure={failure}
                choose
                options={endorserCategories.map((c) => ({ value: c, label: t(`endorserCategory.${c}`) }))}
              />
              <Field name="organisation" label={t("endorse.organisation")} hint={t("endorse.organisationHint")} required maxLength={300} failure={failure} />
              <CountryField countries={countries} failure={failure} />
              <Field name="representativeName" label={t("endorse.representativeName")} autoComplete="name" required maxLength={200} failure={failure} />
              <Field
                name="representativeTitle"
                label={t("endorse.representativeTitle")}
                autoComplete="organization-title"
                required
                maxLength={200}
                failure={failure}
              />
              <EmailField hint={t("endorse.emailHint")} failure={failure} />
            </div>
            <Field
              name="statement"
              label={t("endorse.statement")}
              hint={t("endorse.statementHint", { count: STATEMENT_MAX })}
              multiline
              maxLength={STATEMENT_MAX}
              failure={failure}
            />
            <FileField
              label={t("endorse.letter")}
              hint={t("endorse.letterHint")}
              error={failure?.fieldErrors?.letter}
              tooLarge={t("errors.letterTooLarge")}
              again={failure ? t("endorse.letterAgain") : null}
            />
            <CheckboxField name="consent" required label={t("endorse.consent")} failure={failure} />
            <PrivacyLink />
            <button type="submit" className="button">
              {t("endorse.submit")}
            </button>
          </SafeForm>
        ) : (
          <p>{d.closesOn ? t("declarations.endorseClosed", { date: d.closesOn }) : t("declarations.endorseNotYet")}</p>
        )}
      </section>
    </div>
  );
}
