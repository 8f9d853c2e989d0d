import { organisationTypes } from "~/models/registration-types";
import { countrySelectOptions, unpackCountryOptions } from "~/utils/country-options";
import { useTranslation } from "~/utils/use-translation";
import { Field, SelectField, type FailureData } from "./forms";

/** The country a person or an organisation is from, picked from the ITU list (nothing picked at first). */
export function CountryField({
  countries,
  failure,
  value,
  name = "country",
  label,
}: {
  /** As the loader sends it (`packedCountryOptions`). */
  countries: string;
  failure?: FailureData | null;
  value?: string | null;
  name?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      name={name}
      label={label ?? t("register.country")}
      required
      choose
      defaultValue={value ?? ""}
      failure={failure}
      options={countrySelectOptions(unpackCountryOptions(countries), t)}
    />
  );
}

/** The kind of organisation (Member State, Sector Member, academia…), as registrations and partners name it. */
export function OrganisationTypeField({ failure, value, name = "organisationType" }: { failure?: FailureData | null; value?: string | null; name?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField
      name={name}
      label={t("register.organisationType")}
      required
      choose
      defaultValue={value ?? ""}
      failure={failure}
      options={organisationTypes.map((o) => ({ value: o, label: t(`organisationType.${o}`) }))}
    />
  );
}

/** The address the portal writes to, with what it is used for said in `hint`. */
export function EmailField({ failure, hint }: { failure?: FailureData | null; hint?: string }) {
  const { t } = useTranslation();
  return <Field name="email" type="email" label={t("register.email")} hint={hint} autoComplete="email" required maxLength={254} failure={failure} dir="ltr" />;
}
