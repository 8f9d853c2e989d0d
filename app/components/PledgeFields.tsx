import { useTranslation } from "~/utils/use-translation";
import { emissionScopes, pledgeKinds } from "~/models/pledge-types";
import { endonym, languages } from "~/utils/i18n";
import { CheckboxField, CheckboxGroup, Field, SelectField, type FailureData } from "./forms";

type Values = Record<string, string | string[] | boolean | number | null | undefined>;

/**
 * The scopes to show ticked: a stored pledge has them as a list; a form sent back after an error has
 * them as `keptValues` gives a repeated name (all under `scopes[]`, one a line) or a lone `scopes`.
 */
export function tickedScopes(values?: Values): string[] {
  const all = values?.["scopes[]"] ?? values?.scopes;
  if (Array.isArray(all)) return all;
  return typeof all === "string" && all ? all.split("\n") : [];
}

/** The fields of a pledge, for a new one and for a revision. */
export function PledgeFields({ failure, values, pillars }: { failure?: FailureData | null; values?: Values; pillars: { id: number; title: string }[] }) {
  const { t } = useTranslation();
  const v = (k: string) => (values?.[k] === undefined || values?.[k] === null ? undefined : String(values[k]));
  const scopes = tickedScopes(values);
  return (
    <>
      <div className="editor-grid">
        <SelectField
          name="pillarId"
          label={t("pledgeForm.pillar")}
          required
          defaultValue={v("pillarId") ?? ""}
          failure={failure}
          choose
          options={pillars.map((p) => ({ value: String(p.id), label: p.title }))}
        />
        <SelectField
          name="kind"
          label={t("pledgeForm.kind")}
          required
          defaultValue={v("kind") ?? ""}
          failure={failure}
          choose
          options={pledgeKinds.map((k) => ({ value: k, label: t(`pledgeKind.${k}`) }))}
        />
        <SelectField
          name="lang"
          label={t("pledgeForm.lang")}
          defaultValue={v("lang") ?? "en"}
          failure={failure}
          options={languages.map((l) => ({ value: l, label: endonym(l) }))}
        />
      </div>
      <Field name="title" label={t("pledgeForm.title")} required maxLength={200} defaultValue={v("title")} failure={failure} />
      <Field name="description" label={t("pledgeForm.description")} required multiline maxLength={5000} defaultValue={v("description")} failure={failure} />
      <fieldset className="translated">
        <legend>{t("pledgeForm.target")}</legend>
        <p className="hint">{t("pledgeForm.targetHint")}</p>
        <div className="editor-grid">
          <Field name="metric" label={t("pledgeForm.metric")} required maxLength={200} defaultValue={v("metric")} failure={failure} />
          <Field name="unit" label={t("pledgeForm.unit")} required maxLength={40} defaultValue={v("unit")} failure={failure} />
          <Field name="baselineYear" type="number" label={t("pledgeForm.baselineYear")} required defaultValue={v("baselineYear")} failure={failure} />
          <Field name="baselineValue" label={t("pledgeForm.baselineValue")} required defaultValue={v("baselineValue")} failure={failure} />
          <Field name="targetYear" type="number" label={t("pledgeForm.targetYear")} required defaultValue={v("targetYear")} failure={failure} />
          <Field name="targetValue" label={t("pledgeForm.targetValue")} required defaultValue={v("targetValue")} failure={failure} />
        </div>
      </fieldset>
      <CheckboxGroup name="scopes" legend={t("pledgeForm.scopes")} failure={failure}>
        {emissionScopes.map((s) => (
          <CheckboxField key={s} name="scopes" value={s} label={t("pledgeForm.scope", { scope: s })} defaultChecked={scopes.includes(s)} />
        ))}
        <CheckboxField
          name="disclosesAllScopesYearly"
          label={t("pledgeForm.disclose")}
          defaultChecked={values?.disclosesAllScopesYearly === true}
          failure={failure}
        />
      </CheckboxGroup>
      <div className="editor-grid">
        <Field name="startsOn" type="date" label={t("pledgeForm.startsOn")} required defaultValue={v("startsOn")} failure={failure} />
        <Field name="endsOn" type="date" label={t("pledgeForm.endsOn")} defaultValue={v("endsOn")} failure={failure} />
      </div>
    </>
  );
}
