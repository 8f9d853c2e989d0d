import { Form, useLocation, useNavigation, type FormProps } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "~/utils/use-translation";
import { useRootData } from "~/utils/root-data";

/** Field names shared with forms.server.ts (kept as literals: this file ships to the browser). */
const CSRF_FIELD = "_csrf";
const HONEYPOT_FIELD = "fax_number";

export type FailureData = {
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

/**
 * A Remix form with the CSRF token, and a honeypot on public forms; a plain POST without JavaScript.
 * While its submission is under way the form is marked busy (its buttons dimmed, see app.css) and a
 * second press is ignored, so an impatient double click does not post twice.
 */
export function SafeForm({ children, honeypot = false, onSubmit, ...props }: FormProps & { honeypot?: boolean }) {
  const root = useRootData();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const location = useLocation();
  // The page (location key) this form was sent from: once the answer lands elsewhere, or the page
  // is idle again, the form is no longer pending, without an effect to reset it.
  const [sentFrom, setSentFrom] = useState<string | null>(null);
  const pending = sentFrom === location.key && navigation.state !== "idle";
  return (
    <Form
      method="post"
      {...props}
      aria-busy={pending || undefined}
      onSubmit={(event) => {
        if (pending) return event.preventDefault();
        setSentFrom(location.key);
        onSubmit?.(event);
      }}
    >
      <input type="hidden" name={CSRF_FIELD} value={root?.csrf ?? ""} />
      {honeypot ? (
        <div className="hp" aria-hidden="true">
          <label>
            {t("forms.honeypot")}
            <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
      ) : null}
      {children}
    </Form>
  );
}

/**
 * The form's error summary. When a submission comes back refused (JavaScript on), focus moves here,
 * so keyboard and screen-reader users start from the message rather than from the button they
 * pressed; without JavaScript the page loads anew with the summary above the fields.
 */
export function FormError({ failure }: { failure?: FailureData | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure?.formError) ref.current?.focus();
  }, [failure]);
  if (!failure?.formError) return null;
  return (
    <div ref={ref} className="alert alert-error" role="alert" tabIndex={-1}>
      {failure.formError}
    </div>
  );
}

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
};

/** A labelled input whose error and hint are tied to it for screen readers, keeping what was typed. */
export function Field(props: FieldProps) {
  const id = useId();
  const error = props.failure?.fieldErrors?.[props.name];
  const value = props.failure?.values?.[props.name] ?? props.defaultValue ?? "";
  const describedBy = [props.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    maxLength: props.maxLength,
    dir: props.dir,
    readOnly: props.readOnly,
  };
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <RequiredMark /> : null}
      </label>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.multiline ? <textarea rows={5} {...common} /> : <input type={props.type ?? "text"} autoComplete={props.autoComplete} {...common} />}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function RequiredMark(): ReactNode {
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
  const id = useId();
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
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <RequiredMark /> : null}
      </label>
      <select id={id} name={props.name} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
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
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function CheckboxField(props: { name: string; label: string; value?: string; defaultChecked?: boolean; failure?: FailureData | null }) {
  const id = useId();
  const submitted = props.failure?.values;
  const checked = submitted ? submitted[props.name] === (props.value ?? "on") : props.defaultChecked;
  const error = props.failure?.fieldErrors?.[props.name];
  return (
    <div className={`field field-checkbox${error ? " field-invalid" : ""}`}>
      <label>
        <input
          type="checkbox"
          name={props.name}
          value={props.value ?? "on"}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />{" "}
        {props.label}
      </label>
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

/** A form that is one button: an intent, the hidden values it acts on, and a label naming the target. */
export function IntentButton({
  intent,
  values,
  label,
  secondary = false,
}: {
  intent: string;
  values: Record<string, string | number>;
  label: string;
  secondary?: boolean;
}) {
  return (
    <SafeForm>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={secondary ? "button button-secondary" : "button"}>
        {label}
      </button>
    </SafeForm>
  );
}
