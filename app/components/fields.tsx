import { useId, type ReactNode } from "react";
import { useFieldId } from "./form-ids";
import { useTranslation } from "~/utils/use-translation";
import type { FailureData } from "./forms";

// The labelled controls of the portal's forms: each keeps what was typed after a refusal and ties
// its hint and error to the control for screen readers.

type FieldProps = {
  name: string;
  label: string;
  failure?: FailureData | null;
  hint?: string;
  required?: boolean;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
  dir?: "auto" | "ltr" | "rtl";
  /** Shown and sent, not editable (an address an invitation fixed). */
  readOnly?: boolean;
  /** The id of a hint shared by several fields (a unit above a group), read after the field's own. */
  describedBy?: string;
};

/** A labelled input whose error and hint are tied to it for screen readers, keeping what was typed. */
export function Field(props: FieldProps) {
  const id = useFieldId(props.name);
  const error = props.failure?.fieldErrors?.[props.name];
  const value = props.failure?.values?.[props.name] ?? props.defaultValue ?? "";
  const describedBy = [props.hint ? `${id}-hint` : "", props.describedBy ?? "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    maxLength: props.maxLength,
    // Addresses read left to right in every language (an Arabic page would right-align them).
    dir: props.dir ?? (props.type === "email" || props.type === "url" ? "ltr" : undefined),
    readOnly: props.readOnly,
  };
  return (
    <FieldBox id={id} label={props.label} required={props.required} hint={props.hint} error={error}>
      {props.multiline ? <textarea rows={5} {...common} /> : <input type={props.type ?? "text"} autoComplete={props.autoComplete} {...common} />}
    </FieldBox>
  );
}

/** A field's frame: its label (marked when required), its hint and its error, each with the id the control points to. */
function FieldBox({
  id,
  label,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function RequiredMark(): ReactNode {
  const { t } = useTranslation();
  return (
    <span className="required">
      {" "}
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">{t("forms.required")}</span>
    </span>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  /** Options with a `group` are shown under an <optgroup> of that label, in the order given. */
  options: { value: string; label: string; group?: string }[];
  failure?: FailureData | null;
  defaultValue?: string;
  required?: boolean;
  /** Starts with an empty "Choose…" option, so that nothing is picked for the person. */
  choose?: boolean;
}) {
  const id = useFieldId(props.name);
  const { t } = useTranslation();
  const groups: { label?: string; options: { value: string; label: string }[] }[] = [];
  for (const o of props.choose ? [{ value: "", label: t("register.choose") }, ...props.options] : props.options) {
    const last = groups[groups.length - 1];
    if (last && last.label === o.group) last.options.push(o);
    else groups.push({ label: o.group, options: [o] });
  }
  const optionsOf = (list: { value: string; label: string }[]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  const error = props.failure?.fieldErrors?.[props.name];
  const value = props.failure?.values?.[props.name] ?? props.defaultValue ?? "";
  return (
    <FieldBox id={id} label={props.label} required={props.required} error={error}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {groups.map((g) =>
          g.label ? (
            <optgroup key={g.label} label={g.label}>
              {optionsOf(g.options)}
            </optgroup>
          ) : (
            optionsOf(g.options)
          ),
        )}
      </select>
    </FieldBox>
  );
}

export function CheckboxField(props: {
  name: string;
  label: string;
  value?: string;
  defaultChecked?: boolean;
  failure?: FailureData | null;
  /** What the error summary calls the box, where its label is a sentence (a consent). */
  summaryLabel?: string;
  /** A box that must be ticked (a consent): marked as the required text fields are, and told to assistive technology. */
  required?: boolean;
}) {
  // One of a group (a `value` of its own) leaves the group's id to the group's fieldset.
  const ownId = useId();
  const fieldId = useFieldId(props.name);
  const id = props.value ? ownId : fieldId;
  const submitted = props.failure?.values;
  // A group of boxes sharing a name comes back as `name[]` (keptValues), a lone box as `name`.
  const checked = submitted ? (submitted[`${props.name}[]`]?.split("\n") ?? [submitted[props.name]]).includes(props.value ?? "on") : props.defaultChecked;
  const error = props.failure?.fieldErrors?.[props.name];
  return (
    <div className={`field field-checkbox${error ? " field-invalid" : ""}`}>
      <label id={`${id}-label`}>
        <input
          id={props.value ? undefined : id}
          type="checkbox"
          name={props.name}
          value={props.value ?? "on"}
          defaultChecked={checked}
          required={props.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />{" "}
        {props.label}
        {props.required ? <RequiredMark /> : null}
      </label>
      {props.summaryLabel ? (
        <span id={`${id}-summary-label`} hidden>
          {props.summaryLabel}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** The message under a field, referenced by the field's aria-describedby. */
function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {error}
    </p>
  );
}

/**
 * Checkboxes sharing a name, under their legend. The group is what an error names and what the
 * error summary links to (it takes the focus, and its legend is read).
 */
export function CheckboxGroup(props: { name: string; legend: string; failure?: FailureData | null; children: ReactNode }) {
  const id = useFieldId(props.name);
  const error = props.failure?.fieldErrors?.[props.name];
  return (
    <fieldset id={id} tabIndex={-1} className={`translated${error ? " field-invalid" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend id={`${id}-label`}>{props.legend}</legend>
      <FieldError id={`${id}-error`} error={error} />
      {props.children}
    </fieldset>
  );
}
