import { useContext, useEffect, useRef, useSyncExternalStore, type MouseEvent } from "react";
import type { FailureData } from "./forms";
import { FormIdPrefix, fieldId, summaryId } from "./form-ids";

/**
 * The form's error summary: what went wrong, then each field's error as a link to that field
 * (`<form>-<name>`, form-ids.ts). It takes the focus when the form comes back refused, so keyboard
 * and screen-reader users start from the message rather than from the button they pressed: by its
 * `autofocus` attribute on a page the server drew (or the page's fragment, see SafeForm), by the
 * effect when an answer lands in place.
 *
 * The summary is drawn before the fields, so React cannot write their labels into it as it renders:
 * the server writes them in once the page is drawn (summary-labels.server.ts), and in the browser
 * each link reads its field's label from the page, so the list does not read "This field is
 * required." three times, with or without JavaScript.
 */
export function FormError({ failure }: { failure?: FailureData | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const prefix = useContext(FormIdPrefix);
  useEffect(() => {
    if (failure?.formError) ref.current?.focus();
  }, [failure]);
  if (!failure?.formError) return null;
  const errors = Object.entries(failure.fieldErrors ?? {}).filter(([, message]) => message);
  return (
    <div
      ref={ref}
      id={prefix ? summaryId(prefix) : undefined}
      className="alert alert-error error-summary"
      role="alert"
      tabIndex={-1}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- where a refused form is read from, with or without JavaScript (WCAG 3.3.1)
      autoFocus
      data-error-summary=""
    >
      <p className="error-summary-title">{failure.formError}</p>
      {errors.length ? (
        <ul>
          {errors.map(([name, message]) => (
            <li key={name}>{prefix ? <ErrorLink id={fieldId(prefix, name)} message={message} /> : message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A field's label as read, without its "required" marker; "" before the scripts run or when it has none. */
function labelText(id: string): string {
  // A consent box is named by what it agrees to, not by its whole sentence (its summary label).
  const label = (document.getElementById(`${id}-summary-label`) ?? document.getElementById(`${id}-label`))?.cloneNode(true);
  if (!(label instanceof HTMLElement)) return "";
  label.querySelectorAll(".required").forEach((marker) => marker.remove());
  // Runs of ordinary white space only: the no-break spaces French puts before « ? » and « ; » stay,
  // or the mark is left alone at the start of a line on a phone.
  return (label.textContent ?? "").replace(/[ \t\n\r\f]+/g, " ").replace(/^ | $/g, "");
}

/**
 * Without JavaScript the browser follows the link and focuses the field. With it, the link is
 * followed here: the router would take a change of #fragment for a navigation and drop the
 * answer the form came back with (its errors and kept values).
 */
function ErrorLink({ id, message }: { id: string; message: string }) {
  // Read from the page once drawn (labels do not change): the server, and hydration, say nothing.
  const label = useSyncExternalStore(
    noChanges,
    () => labelText(id),
    () => "",
  );
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    (document.getElementById(`${id}-label`) ?? target).scrollIntoView({ block: "center" });
  };
  // The server leaves the span empty and writes the label in once the page is drawn (summary-labels.server.ts);
  // here it is React's by innerHTML, which hydration leaves as the server wrote it.
  return (
    <a href={`#${id}`} aria-describedby={label ? undefined : `${id}-label`} data-summary-link="" onClick={onClick}>
      <span className="error-summary-field" data-label-of={id} dangerouslySetInnerHTML={{ __html: label ? `${escapeHtml(label)} ` : "" }} />
      {message}
    </a>
  );
}

const noChanges = () => () => {};
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
