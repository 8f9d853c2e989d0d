import { useTranslation } from "~/utils/use-translation";

/** A labelled filter for GET forms: "any" (or what `anyLabel` says) first, then the given options. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  value?: string | number;
  options: { value: string | number; label: string }[];
  anyLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel ?? t("filters.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
