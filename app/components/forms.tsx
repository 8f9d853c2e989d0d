import { Form, useFormAction, useLocation, useNavigation, type FormProps } from "@remix-run/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "~/utils/use-translation";
import { useRootData } from "~/utils/root-data";

export { CheckboxField, Field, SelectField } from "./fields";

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
export function SafeForm({ children, honeypot = false, anchored = false, onSubmit, ...props }: FormProps & { honeypot?: boolean; anchored?: boolean }) {
  const root = useRootData();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const location = useLocation();
  // The page (location key) this form was sent from: once the answer lands elsewhere, or the page
  // is idle again, the form is no longer pending, without an effect to reset it.
  const [sentFrom, setSentFrom] = useState<string | null>(null);
  const pending = sentFrom === location.key && navigation.state !== "idle";
  // Without JavaScript, a refused form comes back as a new page. A form far down a long page says
  // `anchored`: its address then ends with the form's heading, so the browser shows the form and its
  // error summary rather than the top of the page. (Only there: a redirect keeps the fragment.)
  const formAction = useFormAction();
  const labelledBy = props["aria-labelledby"];
  const action = props.action ?? (anchored && labelledBy ? `${formAction}#${labelledBy}` : undefined);
  return (
    <Form
      method="post"
      {...props}
      action={action}
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

/** A form that is one button: an intent, the hidden values it acts on, and a label naming the target. */
export function IntentButton({
  intent,
  values,
  label,
  secondary = false,
}: {
  intent: string;
  values: Record<string, string | number>;
  /** The button's text; typed names in it go in a <bdi>. */
  label: ReactNode;
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
