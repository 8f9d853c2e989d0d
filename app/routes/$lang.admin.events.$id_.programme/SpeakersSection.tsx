import { Field, FormError, IntentButton, SafeForm, type FailureData } from "~/components/forms";
import { useTranslation } from "~/utils/use-translation";

/** The event's speakers: added once, then ticked on each session they speak at. */
export function SpeakersSection({
  speakers,
  failure,
}: {
  speakers: { id: number; name: string; title: string; organisation: string }[];
  failure: FailureData | null;
}) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  return (
    <section aria-labelledby="speakers">
      <h2 id="speakers">{tc("programme.speakers")}</h2>
      {speakers.length ? (
        <ul className="plain-list stack">
          {speakers.map((s) => (
            <li key={s.id}>
              <bdi>{s.name}</bdi>
              {s.title ? (
                <>
                  , <bdi>{s.title}</bdi>
                </>
              ) : null}
              {s.organisation ? (
                <>
                  {" "}
                  (<bdi>{s.organisation}</bdi>)
                </>
              ) : null}
              <IntentButton intent="delete-speaker" values={{ speakerId: s.id }} label={t("programme.removeSpeaker", { name: s.name })} secondary />
            </li>
          ))}
        </ul>
      ) : null}
      <SafeForm className="stack" noValidate>
        <h3>{t("programme.addSpeaker")}</h3>
        <FormError failure={failure} />
        <input type="hidden" name="intent" value="speaker" />
        <div className="editor-grid">
          <Field name="name" label={t("programme.speakerName")} required maxLength={200} failure={failure} />
          <Field name="title" label={t("programme.speakerTitle")} maxLength={300} failure={failure} />
          <Field name="organisation" label={t("programme.speakerOrganisation")} maxLength={300} failure={failure} />
        </div>
        <button type="submit" className="button">
          {t("programme.addSpeaker")}
        </button>
      </SafeForm>
    </section>
  );
}
