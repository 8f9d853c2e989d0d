import { CheckboxField, CheckboxGroup, Field, FormError, SafeForm, type FailureData } from "~/components/forms";
import { TranslatedInputs } from "~/components/TranslatedInputs";
import { INTERPRETATION_LANGUAGES } from "~/models/programme-rules";
import type { Translated } from "~/utils/i18n";
import { useTranslation } from "~/utils/use-translation";

type Editing = { id: number; start: string; end: string; title: Translated; room: Translated; interpretation: string[]; speakerIds: number[] } | null;

/** Adds a session, or changes the one `?session=` names. Times are wall-clock times in the event's zone. */
export function SessionForm({
  editing,
  speakers,
  timeZone,
  failure,
}: {
  editing: Editing;
  speakers: { id: number; name: string; organisation: string }[];
  timeZone: string;
  failure: FailureData | null;
}) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  return (
    <SafeForm className="stack" id="session-form" noValidate>
      <h3>{editing ? t("programme.changeSession") : t("programme.addSession")}</h3>
      <FormError failure={failure} />
      <input type="hidden" name="intent" value="session" />
      {editing ? <input type="hidden" name="sessionId" value={editing.id} /> : null}
      <p className="hint">{t("programme.timesIn", { zone: timeZone })}</p>
      <div className="editor-grid">
        <Field name="start" type="datetime-local" label={t("editor.sessionStart")} required defaultValue={editing?.start} failure={failure} />
        <Field name="end" type="datetime-local" label={t("editor.sessionEnd")} required defaultValue={editing?.end} failure={failure} />
      </div>
      <TranslatedInputs name="title" label={t("editor.sessionTitle")} values={editing?.title} failure={failure} required maxLength={300} />
      <TranslatedInputs name="room" label={tc("programme.room")} values={editing?.room} failure={failure} maxLength={200} />
      <CheckboxGroup name="interpretation" legend={tc("programme.interpretation")} failure={failure}>
        {INTERPRETATION_LANGUAGES.map((l) => (
          <CheckboxField
            key={l}
            name="interpretation"
            value={l}
            label={tc(`programme.language.${l}`)}
            defaultChecked={editing?.interpretation.includes(l)}
            failure={failure}
          />
        ))}
      </CheckboxGroup>
      <fieldset className="translated">
        <legend>{tc("programme.speakers")}</legend>
        {speakers.length ? (
          speakers.map((s) => (
            <CheckboxField
              key={s.id}
              name="speaker"
              value={String(s.id)}
              label={s.organisation ? `${s.name} (${s.organisation})` : s.name}
              defaultChecked={editing?.speakerIds.includes(s.id)}
              failure={failure}
            />
          ))
        ) : (
          <p className="hint">{t("programme.noSpeakersYet")}</p>
        )}
      </fieldset>
      <button type="submit" className="button">
        {editing ? t("programme.saveSession") : t("programme.addSession")}
      </button>
    </SafeForm>
  );
}
