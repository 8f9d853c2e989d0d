import type { TextKey } from "~/utils/translation-keys";
import { useTranslation } from "~/utils/use-translation";
import type { FormValues } from "~/models/content-editing.server";
import type { Translated } from "../../db/schema";
import type { Lang } from "~/utils/i18n";
import { Field, SelectField, type FailureData } from "./forms";
import { TranslatedInputs } from "./TranslatedInputs";

/**
 * One field of the generic content editor (routes/$lang.admin.content.$kind.$id/form.server.ts):
 * labels and hints are translation keys; a select option marked `raw` is shown as it is.
 */
export type FieldSpec =
  | { name: string; kind: "translated"; label: TextKey; long?: boolean; required?: boolean; max: number }
  | { name: string; kind: "text"; label: TextKey; required?: boolean; max: number; type?: "text" | "email" | "date" | "tel"; ltr?: boolean; hint?: TextKey }
  | { name: string; kind: "select"; label: TextKey; options: SelectOption[]; /** Chosen on a new record (else the first option). */ initial?: string }
  | { name: string; kind: "list"; label: TextKey; max: number };
export type SelectOption = { value: string; label: TextKey; raw?: false } | { value: string; label: string; raw: true };

/** Renders the fields a content kind declares; labels are locale keys ("ns:key" or common). */
export function ContentFields({
  fields,
  values,
  failure,
  formattedFields = [],
  previews = {},
}: {
  fields: FieldSpec[];
  values: FormValues | null;
  failure?: FailureData | null;
  formattedFields?: readonly string[];
  previews?: Record<string, Partial<Record<Lang, string>>>;
}) {
  const { t } = useTranslation();
  const text = (name: string) => (typeof values?.[name] === "string" ? (values[name] as string) : undefined);
  return (
    <>
      {fields.map((f) =>
        f.kind === "translated" ? (
          <TranslatedInputs
            key={f.name}
            name={f.name}
            label={t(f.label)}
            values={values?.[f.name] as Translated | undefined}
            failure={failure}
            long={f.long}
            required={f.required}
            maxLength={f.max}
            formatted={formattedFields.includes(f.name)}
            previews={previews[f.name]}
          />
        ) : f.kind === "select" ? (
          <SelectField
            key={f.name}
            name={f.name}
            label={t(f.label)}
            defaultValue={text(f.name) ?? (values ? undefined : f.initial)}
            failure={failure}
            options={f.options.map((o) => ({ value: o.value, label: o.raw ? o.label : t(o.label) }))}
          />
        ) : f.kind === "list" ? (
          <Field
            key={f.name}
            name={f.name}
            label={t(f.label)}
            hint={t("admin:editor.commaSeparated")}
            defaultValue={text(f.name)}
            failure={failure}
            multiline
          />
        ) : (
          <Field
            key={f.name}
            name={f.name}
            type={f.type}
            label={t(f.label)}
            hint={f.hint ? t(f.hint) : undefined}
            required={f.required}
            defaultValue={text(f.name)}
            failure={failure}
            dir={f.ltr ? "ltr" : undefined}
            maxLength={f.max}
          />
        ),
      )}
    </>
  );
}
