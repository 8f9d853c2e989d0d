import { useTranslation } from "~/utils/use-translation";
import { useLang } from "~/utils/use-lang";
import { genders } from "~/models/registration-types";
import { CountryField, OrganisationTypeField } from "./ContactFields";
import { CheckboxField, Field, SelectField, type FailureData } from "./forms";
import { PrivacyLink } from "./PrivacyLink";

type Values = Partial<Record<string, string | null>>;

/** The registrant's typed details: each labelled by its own name in `register.*`. */
const TEXT_FIELDS = [
  { name: "firstName", autoComplete: "given-name", maxLength: 100 },
  { name: "lastName", autoComplete: "family-name", maxLength: 100 },
  { name: "organisation", autoComplete: "organization", maxLength: 200 },
  { name: "jobTitle", autoComplete: "organization-title", maxLength: 150 },
] as const;

/** The registrant's details; the same fields on the registration form and the manage page. */
export function RegistrationFields({
  failure,
  values,
  countries,
  nameFixed = null,
}: {
  failure?: FailureData | null;
  values?: Values;
  countries: string;
  /** Approved by name, or checked in: the names are shown read-only, with why. */
  nameFixed?: "approval" | "attendance" | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const v = (k: string) => values?.[k] ?? undefined;
  // A Chinese form asks the family name first (姓, then 名), as a Chinese name is written.
  const fields = lang === "zh" ? [TEXT_FIELDS[1], TEXT_FIELDS[0], ...TEXT_FIELDS.slice(2)] : TEXT_FIELDS;
  return (
    <>
      <div className="editor-grid">
        {fields.map((f) => {
          const fixed = nameFixed !== null && (f.name === "firstName" || f.name === "lastName");
          return (
            <Field
              key={f.name}
              {...f}
              label={t(`register.${f.name}`)}
              required
              defaultValue={v(f.name)}
              failure={failure}
              readOnly={fixed || undefined}
              hint={fixed ? t(nameFixed === "attendance" ? "manage.attendedNameHint" : "manage.nameFixedHint") : undefined}
            />
          );
        })}
        <OrganisationTypeField value={v("organisationType")} failure={failure} />
        <CountryField countries={countries} value={v("country")} failure={failure} />
        <SelectField
          name="gender"
          label={t("register.gender")}
          choose
          defaultValue={v("gender") ?? ""}
          failure={failure}
          options={genders.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
        />
      </div>
      <Field
        name="accessibilityNeeds"
        label={t("register.accessibility")}
        hint={t("register.accessibilityHint")}
        multiline
        maxLength={1000}
        defaultValue={v("accessibilityNeeds")}
        failure={failure}
      />
    </>
  );
}

/** The end of a registration form: the government-delegate box where the event asks it, the consent and the privacy notice. */
export function RegistrationConsent({ askDelegate, failure }: { askDelegate: boolean; failure?: FailureData | null }) {
  const { t } = useTranslation();
  return (
    <>
      {askDelegate ? (
        <CheckboxField
          name="governmentDelegate"
          label={t("register.governmentDelegate")}
          defaultChecked={failure?.values?.governmentDelegate === "on"}
          failure={failure}
        />
      ) : null}
      <CheckboxField name="consent" required label={t("register.consent")} summaryLabel={t("privacy.title")} failure={failure} />
      <PrivacyLink />
    </>
  );
}
