import { useTranslation } from "~/utils/use-translation";
import { milestoneStatuses, type MilestoneStatus } from "~/models/working-group-types";
import { endonym, languages, type Lang } from "~/utils/i18n";
import { Field, FormError, SafeForm, SelectField, type FailureData } from "./forms";

export type Failure = (FailureData & { intent?: string; milestoneId?: string; updateId?: string }) | null | undefined;
export type Milestone = {
  id: number;
  title: string;
  lang: string;
  dueOn: string;
  due: string;
  status: string;
  effective: MilestoneStatus;
  weight: string;
  evidenceUrl: string;
};
/** A working group's milestone, added or changed on its desk (co-leads and the secretariat). */
export function MilestoneForm({ lang, milestone: m, failure }: { lang: Lang; milestone?: Milestone; failure: Failure }) {
  const { t } = useTranslation();
  return (
    <SafeForm noValidate>
      <fieldset className="stack">
        <legend>
          {m ? (
            <>
              {t("wgDesk.editMilestone")}
              {t("dash")}
              <bdi lang={m.lang}>{m.title}</bdi>
            </>
          ) : (
            t("wgDesk.addMilestone")
          )}
        </legend>
        <FormError failure={failure} />
        <input type="hidden" name="intent" value="milestone" />
        <input type="hidden" name="milestoneId" value={m?.id ?? ""} />
        <Field name="title" label={t("wgDesk.milestoneTitle")} required maxLength={200} defaultValue={m?.title} failure={failure} />
        <Field name="dueOn" type="date" label={t("wgDesk.dueOn")} required defaultValue={m?.dueOn} failure={failure} />
        <SelectField
          name="status"
          label={t("wgDesk.status")}
          defaultValue={m?.status ?? "planned"}
          failure={failure}
          options={milestoneStatuses.map((s) => ({ value: s, label: t(`milestoneStatus.${s}`) }))}
        />
        <Field name="weight" type="number" label={t("wgDesk.weight")} hint={t("wgDesk.weightHint")} defaultValue={m?.weight} failure={failure} />
        <Field name="evidenceUrl" label={t("pledgeForm.evidence")} defaultValue={m?.evidenceUrl} failure={failure} dir="ltr" maxLength={500} />
        <SelectField
          name="lang"
          label={t("wgDesk.language")}
          defaultValue={m?.lang ?? lang}
          failure={failure}
          options={languages.map((l) => ({ value: l, label: endonym(l) }))}
        />
        <button type="submit" className="button">
          {m ? t("wgDesk.saveDetails") : t("wgDesk.addMilestone")}
        </button>
      </fieldset>
    </SafeForm>
  );
}
