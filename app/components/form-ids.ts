import { createContext, useContext, useId } from "react";

/**
 * The ids of a form's fields, known before they are drawn: `<form prefix>-<field name>`. The error
 * summary at the top of a form links each error to its field (`href="#…"`) and is rendered before
 * the fields are, so it cannot ask them for an id; both derive it from the name instead. The prefix
 * is the form's own (one per <SafeForm>), so two forms on a page with a field of the same name do
 * not share an id.
 */
export const FormIdPrefix = createContext<string | null>(null);

/** The prefix of a form: its `id` when it has one, else one React gives it (the same on server and browser). */
export function useFormIdPrefix(own?: string) {
  const generated = useId();
  return own ?? `f${generated.replace(/[^A-Za-z0-9_-]/g, "")}`;
}

/** The id of the control named `name` in the enclosing form; a field drawn outside a form gets one of its own. */
export function useFieldId(name: string) {
  const own = useId();
  const prefix = useContext(FormIdPrefix);
  return prefix ? fieldId(prefix, name) : own;
}

export const fieldId = (prefix: string, name: string) => `${prefix}-${name}`;

/** The id of a form's error summary, the fragment a refused `anchored` form comes back at. */
export const summaryId = (prefix: string) => `${prefix}-errors`;
