import { countrySelectOptions, type CountryOption } from "~/utils/country-options";
import { useTranslation } from "~/utils/use-translation";
import { genders, organisationTypes } from "~/models/registration-types";
import { Field, SelectField, type FailureData } from "./forms";

type Values = Partial<Record<string, string | null>>;

/** The registrant's details; the same fields on the registration form and the manage page. */
export function RegistrationFields({ failure, values, countries }: { failure?: FailureData | null; values?: Values; countries: CountryOption[] }) {
  const { t } = useTranslation();
  const v = (k: string) => values?.[k] ?? undefined;
  return (
    <>
      <div className="editor-grid">
        <Field
          name="firstName"
          label={t("register.firstName")}
          autoComplete="given-name"
          required
          maxLength={100}
          defaultValue={v("firstName")}
          failure={failure}
        />
        <Field
          name="lastName"
          label={t("register.lastName")}
          autoComplete="family-name"
          required
          maxLength={100}
          defaultValue={v("lastName")}
          failure={failure}
        />
        <Field
          name="organisation"
          label={t("register.organisation")}
          autoComplete="organization"
          required
          maxLength={200}
          defaultValue={v("organisation")}
          failure={failure}
        />
        <Field
          name="jobTitle"
          label={t("register.jobTitle")}
          autoComplete="organization-title"
          required
          maxLength={150}
          defaultValue={v("jobTitle")}
          failure={failure}
        />
        <SelectField
          name="organisationType"
          label={t("register.organisationType")}
          required
          defaultValue={v("organisationType") ?? ""}
          failure={failure}
          options={[{ value: "", label: t("register.choose") }, ...organisationTypes.map((o) => ({ value: o, label: t(`organisationType.${o}`) }))]}
        />
        <SelectField
          name="country"
          label={t("register.country")}
          required
          defaultValue={v("country") ?? ""}
          failure={failure}
          options={[{ value: "", label: t("register.choose") }, ...countrySelectOptions(countries, t)]}
        />
        <SelectField
          name="gender"
          label={t("register.gender")}
          defaultValue={v("gender") ?? ""}
          failure={failure}
          options={[{ value: "", label: t("register.choose") }, ...genders.map((g) => ({ value: g, label: t(`gender.${g}`) }))]}
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
