import { formatList } from "~/utils/format";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/DataTable";
import { EventAdminLinks } from "~/components/EventAdminLinks";
import { SuccessNotice } from "~/components/FlashNotice";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { FormError, SafeForm, SelectField } from "~/components/forms";
import { TranslatedInputs } from "~/components/TranslatedInputs";
import { EmailPreview } from "~/components/EmailPreview";
import { previewEventMessage } from "~/models/event-message-preview.server";
import { audienceSizes, sendEventMessage, sentMessages } from "~/models/event-messages.server";
import { typesOfEvent } from "~/models/participation-types.server";
import { messageAudiences } from "~/models/registration-types";
import { eventDesk } from "~/auth/event-desk.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { availableLanguages, languageName, languages, pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { isTokenShaped, newToken } from "~/utils/tokens.server";
import { collectTranslated, requireSameLanguages, requireSomeLanguage, translatedFields } from "~/utils/translated-form.server";
import { useTranslation } from "~/utils/use-translation";
import { notFound } from "~/utils/http.server";

const SUBJECT_MAX = 200;
const BODY_MAX = 10_000;

const MessageSchema = () =>
  z
    .object({
      // First "preview" (what will go, to how many), then "send" from the preview.
      intent: z.enum(["preview", "send"]),
      audience: z.enum(messageAudiences),
      // One participation type's people only; blank: every type.
      participationType: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
      formKey: z.string().refine(isTokenShaped),
      ...translatedFields("subject", SUBJECT_MAX),
      ...translatedFields("body", BODY_MAX),
    })
    .superRefine(requireSomeLanguage(["subject", "body"]))
    .superRefine(requireSameLanguages("subject", "body", "admin:messages.sameLanguages"));

export function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, event } = eventDesk(request, params);
  const ta = getT(lang, "admin");
  const sizes = audienceSizes(event.id);
  const url = new URL(request.url);
  const sentCount = Number(url.searchParams.get("sent"));
  const notice =
    Number.isInteger(sentCount) && sentCount > 0
      ? ta("messages.queued", { n: formatNumber(lang, sentCount) })
      : url.searchParams.get("repeat")
        ? ta("messages.repeat")
        : null;
  return {
    lang,
    meta: metaFor(lang, ta("messages.title")),
    event: { id: event.id, title: pickTranslation(event.title, lang).text },
    // A fresh key each time the form is shown: the same form sent twice writes to nobody twice.
    formKey: newToken(),
    notice,
    types: typesOfEvent(event.id).map((ty) => ({ value: String(ty.id), label: pickTranslation(ty.name, lang).text })),
    audiences: messageAudiences.map((a) => ({
      value: a,
      label: getT(lang)("withNote", { text: ta(`messages.audience.${a}`), note: formatNumber(lang, sizes[a]) }),
    })),
    sent: sentMessages(event.id).map(({ message, sender }) => ({
      id: message.id,
      at: formatDateTime(lang, message.sentAt),
      audience: ta(`messages.audience.${message.audience}`),
      subject: pickTranslation(message.subject, lang).text,
      count: formatNumber(lang, message.recipientCount),
      sender,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, user, event } = eventDesk(request, params);
  const s = await parseSubmission({ request, context, lang, schema: MessageSchema(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const values = Object.fromEntries([...s.form].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const ta = getT(lang, "admin");
  const nobody = () => data({ formError: getT(lang)("errors.checkFields"), fieldErrors: { audience: ta("messages.nobody") }, values }, { status: 409 });
  const typeId = s.data.participationType || null;
  const subject = collectTranslated(s.data, "subject");
  const body = collectTranslated(s.data, "body");
  if (s.data.intent === "preview") {
    const n = audienceSizes(event.id, typeId)[s.data.audience];
    if (n === 0) return nobody();
    const written = availableLanguages(body);
    return data({
      values,
      preview: {
        to: ta("messages.previewTo", { audience: ta(`messages.audience.${s.data.audience}`), n: formatNumber(lang, n) }),
        // Each language's email as its readers will receive it, rendered by the template that sends it.
        versions: previewEventMessage(event.id, { audience: s.data.audience, subject, body, participationTypeId: typeId }).map((v) => ({
          ...v,
          language: languageName(v.lang, lang),
          recipients: formatNumber(lang, v.recipients),
        })),
        languages:
          written.length === languages.length
            ? ta("messages.previewAllLanguages")
            : ta("messages.previewLanguages", {
                // Named in the sentence's language ("français", not the endonym "Français" of the inputs' labels).
                written: formatList(
                  lang,
                  written.map((l) => languageName(l, lang)),
                ),
                fallback: languageName(
                  pickTranslation(
                    body,
                    languages.find((l) => !written.includes(l))!,
                  ).lang,
                  lang,
                ),
              }),
      },
    });
  }
  const result = sendEventMessage(event.id, { audience: s.data.audience, subject, body, formKey: s.data.formKey, participationTypeId: typeId }, user.id);
  const base = `/${lang}/admin/events/${event.id}/messages`;
  if (result.outcome === "nobody") return nobody();
  if (result.outcome === "no-event") throw notFound();
  return redirect(result.outcome === "repeat" ? `${base}?repeat=1` : `${base}?sent=${result.count}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function EventMessages() {
  const { t } = useTranslation("admin");
  const { lang, event, formKey, notice, audiences, types, sent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const preview = result && "preview" in result ? result.preview : null;
  // After a preview the form keeps what was written, with no error.
  const failure = result && "preview" in result ? { values: result.values } : result;
  const values = failure?.values ?? {};
  // With JavaScript, the preview is announced by moving focus to it (without, the page reloads at the top).
  const previewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  return (
    <>
      <h1>{t("messages.title")}</h1>
      <EventAdminLinks lang={lang} event={event} />
      <SuccessNotice text={!failure && notice} />
      <p>{t("messages.intro")}</p>
      <SafeForm className="stack" noValidate>
        <FormError failure={failure} />
        <input type="hidden" name="formKey" value={failure?.values?.formKey ?? formKey} />
        <SelectField name="audience" label={t("messages.to")} options={audiences} defaultValue="confirmed" failure={failure} required />
        {types.length > 1 ? (
          <SelectField
            name="participationType"
            label={t("types.type")}
            options={[{ value: "", label: t("types.allTypes") }, ...types]}
            defaultValue=""
            failure={failure}
          />
        ) : null}
        <TranslatedInputs name="subject" label={t("messages.subject")} failure={failure} required maxLength={SUBJECT_MAX} />
        <TranslatedInputs name="body" label={t("messages.body")} hint={t("messages.salutationHint")} failure={failure} required long maxLength={BODY_MAX} />
        <p className="hint">{t("messages.languagesHint")}</p>
        <div>
          <button type="submit" name="intent" value="preview" className="button">
            {t("messages.preview")}
          </button>
        </div>
      </SafeForm>
      {preview ? (
        <section className="card" aria-labelledby="preview-heading">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1}>
            {t("messages.previewTitle")}
          </h2>
          <p>
            <strong>{preview.to}</strong>
          </p>
          <p>{preview.languages}</p>
          <EmailPreview versions={preview.versions} />
          <SafeForm>
            {Object.entries(values)
              .filter(([name]) => name === "audience" || name === "participationType" || name === "formKey" || /^(subject|body)_/.test(name))
              .map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
            <button type="submit" name="intent" value="send" className="button">
              {t("messages.send")}
            </button>
          </SafeForm>
          <p className="hint">{t("messages.editHint")}</p>
        </section>
      ) : null}
      <h2>{t("messages.sent")}</h2>
      {sent.length === 0 ? (
        <p>{t("messages.none")}</p>
      ) : (
        <DataTable
          caption={t("messages.sent")}
          hiddenCaption
          rows={sent}
          rowKey={(m) => m.id}
          columns={[
            { header: t("messages.when"), cell: (m) => m.at },
            { header: t("messages.subject"), cell: (m) => m.subject },
            { header: t("messages.to"), cell: (m) => m.audience },
            { header: t("messages.recipients"), cell: (m) => m.count },
            { header: t("messages.by"), cell: (m) => m.sender ?? "—" },
          ]}
        />
      )}
    </>
  );
}
