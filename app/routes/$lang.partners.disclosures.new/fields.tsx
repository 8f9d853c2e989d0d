import { useId } from "react";
import { CheckboxField, CheckboxGroup, Field, SelectField, type FailureData } from "~/components/forms";
import { assuranceLevels, boundaries, ictSubSectors, methodologies, scope3Categories } from "~/models/disclosure-types";
import { useTranslation } from "~/utils/use-translation";
import type common from "../../../locales/en/common.json";

type FormText = keyof (typeof common)["emissions"]["form"];

export type DisclosureValues = Record<string, string>;

/** The fields of a yearly disclosure; `values` holds what was typed (or the figures being restated). */
export function DisclosureFields({ failure, values, restating }: { failure?: FailureData | null; values: DisclosureValues; restating: boolean }) {
  const { t } = useTranslation();
  const e = (k: FormText) => t(`emissions.form.${k}`);
  const checked = (values.subSectors ?? "").split(" ");
  const own = { ...failure, values };
  // Every figure is in tonnes: the unit, said once above the scopes, is read with each figure's field.
  const unit = useId();
  return (
    <>
      <div className="editor-grid">
        <Field name="year" type="number" label={e("year")} required defaultValue={values.year} failure={own} />
        <SelectField
          name="boundary"
          label={e("boundary")}
          required
          failure={own}
          choose
          options={boundaries.map((b) => ({ value: b, label: t(`emissions.boundary.${b}`) }))}
        />
        <SelectField
          name="methodology"
          label={e("methodology")}
          required
          failure={own}
          choose
          options={methodologies.map((m) => ({ value: m, label: t(`emissions.methodology.${m}`) }))}
        />
      </div>
      {restating ? (
        <Field name="restatementReason" label={e("restatementReason")} hint={e("restatementHint")} required multiline maxLength={2000} failure={own} />
      ) : null}
      <fieldset className="translated">
        <legend>{e("scopes")}</legend>
        <p className="hint" id={unit}>
          {e("unitHint")}
        </p>
        <div className="editor-grid">
          <Field name="scope1" label={e("scope1")} hint={e("scope1Hint")} describedBy={unit} required failure={own} />
          <Field name="scope2Location" label={e("scope2Location")} hint={e("scope2LocationHint")} describedBy={unit} required failure={own} />
          <Field name="scope2Market" label={e("scope2Market")} hint={e("scope2MarketHint")} describedBy={unit} failure={own} />
          <Field name="scope3" label={e("scope3")} hint={e("scope3Hint")} describedBy={unit} required failure={own} />
        </div>
      </fieldset>
      <fieldset className="translated">
        <legend>{e("categories")}</legend>
        <p className="hint">{e("categoriesHint")}</p>
        {scope3Categories.map((c) => (
          <div key={c} className="editor-grid">
            <Field name={`cat${c}`} label={t("emissions.categoryLabel", { n: c, name: t(`emissions.category.${c}`) })} describedBy={unit} failure={own} />
            <SelectField
              name={`cat${c}Status`}
              label={t("emissions.form.categoryStatus", { n: c })}
              failure={own}
              options={(["not-calculated", "not-relevant"] as const).map((s) => ({ value: s, label: t(`emissions.categoryStatus.${s}`) }))}
            />
          </div>
        ))}
      </fieldset>
      <div className="editor-grid">
        <Field name="energyMwh" label={e("energyMwh")} failure={own} />
        <Field name="renewableShare" label={e("renewableShare")} failure={own} />
      </div>
      <CheckboxGroup name="subSectors" legend={e("subSectors")} failure={failure}>
        {ictSubSectors.map((s) => (
          <CheckboxField key={s} name="subSectors" value={s} label={t(`emissions.subSector.${s}`)} defaultChecked={checked.includes(s)} />
        ))}
      </CheckboxGroup>
      <div className="editor-grid">
        <SelectField
          name="assurance"
          label={e("assurance")}
          required
          failure={own}
          options={assuranceLevels.map((a) => ({ value: a, label: t(`emissions.assurance.${a}`) }))}
        />
        <Field name="assurer" label={e("assurer")} maxLength={200} failure={own} />
      </div>
      <Field name="reportUrl" type="url" label={e("reportUrl")} maxLength={500} failure={own} />
    </>
  );
}
