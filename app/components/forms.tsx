import { Form, useFormAction, useLocation, useNavigation, type FormProps } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "~/utils/use-translation";
import { useRootData } from "~/utils/root-data";
import { FormIdPrefix, summaryId, useFormIdPrefix } from "./form-ids";

export { CheckboxField, CheckboxGroup, Field, SelectField } from "./fields";
export { useFieldId } from "./form-ids";
export { FormError } from "./ErrorSummary";

/** Field names shared with forms.server.ts (kept as literals: this file ships to the browser). */
const CSRF_FIELD = "_csrf";
const HONEYPOT_FIELD = "fax_number";

export type FailureData = {
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

/**
 * The refusal when it names fields, else null: for the form that has those fields, whose summary can
 * name and link each one, where a summary outside that form lists bare messages (ErrorSummary).
 */
export function fieldRefusal<F extends FailureData>(failure: F | null | undefined): F | null {
  return failure && Object.keys(failure.fieldErrors ?? {}).length ? failure : null;
}

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
  // `anchored`: its address then ends with the id of its error summary, so the browser shows the
  // form and its summary rather than the top of the page. (Only there: a redirect keeps the
  // fragment.) A browser skips `autofocus` on a page opened at a fragment: the fragment has to be
  // the summary for the next Tab to start from it.
  const formAction = useFormAction();
  const prefix = useFormIdPrefix(props.id);
  const action = props.action ?? (anchored ? `${formAction}#${summaryId(prefix)}` : undefined);
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
      <FormIdPrefix.Provider value={prefix}>{children}</FormIdPrefix.Provider>
    </Form>
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
