import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ChangeHistory, SavedNotice } from "~/components/editing";
import { useTranslation } from "~/utils/use-translation";
import { CheckboxField, CheckboxGroup, Field, FormError, SafeForm, SelectField } from "~/components/forms";
import { TranslatedInputs } from "~/components/TranslatedInputs";
import { saveEvent } from "~/models/event-editing.server";
import { eventFormats, eventKinds } from "~/models/event-types";
import { requireStaff } from "~/auth/staff.server";
import { EventFormSchema, eventInputFromForm } from "~/routes/$lang.admin.events.$id/form.server";
import { keptValues, parseSubmission } from "~/utils/forms.server";
import { languages } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { notFound } from "~/utils/http.server";
import { editorView } from "./view.server";

const EDITORS = ["admin", "editor"] as const;

function eventId(param: string | undefined): number | null {
  if (param === "new") return null;
  const id = Number(param);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  return id;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, EDITORS);
  return editorView(lang, eventId(params.id));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, EDITORS);
  const id = eventId(params.id);
  const s = await parseSubmission({ request, context, lang, schema: EventFormSchema, guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  // Every ticked box of a group comes back ticked (keptValues), not only the last one.
  const values = keptValues(s.form);
  const checkFields = getT(lang)("errors.checkFields");
  const built = eventInputFromForm(s.data);
  const saved = saveEvent(id, built.input, user.id);
  if (saved.outcome === "not-found") throw notFound();
  if (saved.outcome === "unknown-choice") {
    return data({ formError: checkFields, fieldErrors: { [saved.field]: getT(lang)("errors.choice") }, values }, { status: 400 });
  }
  if (saved.outcome === "slug-taken") {
    return data({ formError: checkFields, fieldErrors: { slug: getT(lang, "admin")("editor.slugTaken") }, values }, { status: 409 });
  }
  return redirect(`/${lang}/admin/events/${saved.id}?saved=1${saved.told ? `&told=${saved.told}` : ""}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function EditEvent() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { lang, event, isNew, circulars, pillars, history, previews, sessionsOutside } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <>
      <h1>{isNew ? t("editor.newEvent") : t("editor.editEvent")}</h1>
      <SavedNotice failed={!!failure} />
      {event && sessionsOutside > 0 ? (
        <p className="alert alert-error" data-testid="sessions-outside">
          {t("editor.sessionsOutside", { count: sessionsOutside })} <a href={`/${lang}/admin/events/${event.id}/programme`}>{t("programme.open")}</a>
        </p>
      ) : null}
      {!isNew && event ? (
        <p>
          {event.status === "published" ? (
            <>
              <a href={`/${lang}/events/${event.slug}`}>{t("editor.viewPublic")}</a>
              {" · "}
            </>
          ) : null}
          <a href={`/${lang}/admin/events/${event.id}/programme`}>{t("programme.open")}</a>
          {" · "}
          <a href={`/${lang}/admin/events/${event.id}/check-in`}>{t("checkIn.open")}</a>
        </p>
      ) : null}
      {!isNew && event ? (
        <p>
          <a href={`/${lang}/admin/events/${event.id}/types`}>{t("types.editLink")}</a>
        </p>
      ) : null}
      <SafeForm className="stack" noValidate>
        <FormError failure={failure} />
        <div className="editor-grid">
          <Field name="slug" label={t("editor.slug")} hint={t("editor.slugHint")} required defaultValue={event?.slug} failure={failure} dir="ltr" />
          <SelectField
            name="status"
            label={t("editor.status")}
            defaultValue={event?.status ?? "draft"}
            failure={failure}
            options={(["draft", "published", "cancelled"] as const).map((v) => ({
              value: v,
              label: v === "published" ? t("status.published.events") : t(`status.${v}`),
            }))}
          />
          <SelectField
            name="kind"
            label={tc("events.kind")}
            defaultValue={event?.kind ?? "workshop"}
            failure={failure}
            options={eventKinds.map((k) => ({ value: k, label: tc(`eventKind.${k}`) }))}
          />
          <SelectField
            name="format"
            label={tc("events.format")}
            defaultValue={event?.format ?? "virtual"}
            failure={failure}
            options={eventFormats.map((f) => ({ value: f, label: tc(`eventFormat.${f}`) }))}
          />
        </div>
        <p className="hint">{t("editor.whoIsTold")}</p>
        <p className="hint">{t("editor.reminders")}</p>
        <TranslatedInputs name="title" label={t("editor.title")} values={event?.title} failure={failure} required maxLength={300} />
        <TranslatedInputs name="summary" label={t("editor.summary")} values={event?.summary} failure={failure} required long maxLength={1000} />
        <TranslatedInputs
          name="description"
          label={t("editor.description")}
          values={event?.description}
          failure={failure}
          long
          formatted
          previews={previews.description}
        />
        <div className="editor-grid">
          <Field
            name="timeZone"
            label={t("editor.timeZone")}
            hint={t("editor.timeZoneHint")}
            required
            defaultValue={event?.timeZone ?? "Europe/Zurich"}
            failure={failure}
            dir="ltr"
          />
          <Field name="startsAt" type="datetime-local" label={t("editor.startsAt")} required defaultValue={event?.startsAt} failure={failure} />
          <Field name="endsAt" type="datetime-local" label={t("editor.endsAt")} required defaultValue={event?.endsAt} failure={failure} />
          <CheckboxField name="dateOnly" label={t("editor.dateOnly")} defaultChecked={event?.dateOnly} failure={failure} />
          <Field
            name="organisers"
            label={tc("events.organisers")}
            hint={t("editor.commaSeparated")}
            defaultValue={event?.organisers.join(", ")}
            failure={failure}
          />
        </div>
        <TranslatedInputs name="venue" label={tc("events.venue")} values={event?.venue} failure={failure} required />
        <TranslatedInputs name="audience" label={tc("events.audience")} values={event?.audience} failure={failure} />
        <TranslatedInputs name="fee" label={tc("events.fee")} values={event?.fee} failure={failure} />
        <fieldset className="translated">
          <legend>{tc("events.registration")}</legend>
          <div className="editor-grid">
            <Field
              name="registrationOpensAt"
              type="datetime-local"
              label={t("editor.registrationOpensAt")}
              hint={t("editor.registrationOpensAtHint")}
              defaultValue={event?.registrationOpensAt}
              failure={failure}
            />
            <Field
              name="registrationClosesAt"
              type="datetime-local"
              label={t("editor.registrationClosesAt")}
              defaultValue={event?.registrationClosesAt}
              failure={failure}
            />
            <Field
              name="capacity"
              type="number"
              label={t("editor.capacity")}
              hint={t("types.editorCapacityHint")}
              defaultValue={event?.capacity?.toString()}
              failure={failure}
            />
            <Field
              name="joinUrl"
              type="url"
              label={t("editor.joinUrl")}
              hint={t("editor.joinUrlHint")}
              defaultValue={event?.joinUrl ?? ""}
              failure={failure}
              dir="ltr"
            />
            <Field
              name="externalRegistration"
              label={t("editor.externalRegistration")}
              hint={t("editor.externalRegistrationHint")}
              defaultValue={event?.externalRegistration ?? ""}
              failure={failure}
              dir="ltr"
            />
          </div>
          <CheckboxField name="requiresApproval" label={t("editor.requiresApproval")} defaultChecked={event?.requiresApproval} failure={failure} />
          <CheckboxField
            name="delegatesNeedFocalPoint"
            label={t("editor.delegatesNeedFocalPoint")}
            defaultChecked={event?.delegatesNeedFocalPoint}
            failure={failure}
          />
        </fieldset>
        <SelectField
          name="circularId"
          label={tc("events.announcedBy")}
          defaultValue={event?.circularId?.toString() ?? ""}
          failure={failure}
          options={[{ value: "", label: t("editor.none") }, ...circulars.map((c) => ({ value: String(c.id), label: c.reference }))]}
        />
        <CheckboxGroup name="pillar" legend={tc("events.pillars")} failure={failure}>
          {pillars.map((p) => (
            <CheckboxField key={p.id} name="pillar" value={String(p.id)} label={p.title} defaultChecked={event?.pillarIds.includes(p.id)} failure={failure} />
          ))}
        </CheckboxGroup>
        <button type="submit" className="button">
          {t("editor.save")}
        </button>
      </SafeForm>
      <ChangeHistory history={history} />
      <p className="muted">{t("editor.languagesNote", { count: languages.length })}</p>
    </>
  );
}
