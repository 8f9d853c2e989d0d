import { Field, FormError, IntentButton, SafeForm, SelectField, type FailureData } from "~/components/forms";
import { TranslatedInputs } from "~/components/TranslatedInputs";
import { useTranslation } from "~/utils/use-translation";

/** Materials of the event or of one session: a link, or a PDF or slides file. */
export function MaterialsSection({
  materials,
  sessionChoices,
  failure,
}: {
  materials: { id: number; title: string; href: string; fileName: string | null }[];
  sessionChoices: { value: string; label: string }[];
  failure: FailureData | null;
}) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  return (
    <section aria-labelledby="materials">
      <h2 id="materials">{tc("programme.materials")}</h2>
      {materials.length ? (
        <ul className="plain-list stack">
          {materials.map((m) => (
            <li key={m.id}>
              <a href={m.href}>
                <bdi>{m.title}</bdi>
              </a>
              {m.fileName ? (
                <span className="muted">
                  {" "}
                  (<bdi>{m.fileName}</bdi>)
                </span>
              ) : null}
              <IntentButton intent="delete-material" values={{ materialId: m.id }} label={t("programme.removeMaterial", { title: m.title })} secondary />
            </li>
          ))}
        </ul>
      ) : null}
      <SafeForm className="stack" method="post" encType="multipart/form-data" noValidate>
        <h3>{t("programme.addMaterial")}</h3>
        <FormError failure={failure} />
        <input type="hidden" name="intent" value="material" />
        <SelectField
          name="target"
          label={t("programme.materialFor")}
          defaultValue=""
          failure={failure}
          options={[{ value: "", label: t("programme.wholeEvent") }, ...sessionChoices]}
        />
        <TranslatedInputs name="materialTitle" label={t("programme.materialTitle")} failure={failure} required maxLength={300} />
        <Field name="url" type="url" label={t("programme.materialUrl")} hint={t("programme.linkOrFile")} failure={failure} dir="ltr" />
        <Field name="file" type="file" label={t("programme.materialFile")} hint={t("programme.fileHint")} failure={failure} />
        <button type="submit" className="button">
          {t("programme.addMaterial")}
        </button>
      </SafeForm>
    </section>
  );
}
