import { useContext, useId } from "react";
import { formatList } from "~/utils/format";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";
import { dirOf, endonym, languages, type Lang } from "~/utils/i18n";
import type { FailureData } from "./forms";
import { FormIdPrefix, fieldId } from "./form-ids";

type Values = Partial<Record<Lang, string | null | undefined>>;

/** One input per language for a translatable field, with the languages still missing named. */
export function TranslatedInputs(props: {
  name: string;
  label: string;
  values?: Values | null;
  failure?: FailureData | null;
  long?: boolean;
  required?: boolean;
  maxLength?: number;
  /** Staff-written Markdown: a hint on the formatting, and the saved text as the public page shows it. */
  formatted?: boolean;
  previews?: Partial<Record<Lang, string>>;
  /** A word on what to write, read out with the field's group. */
  hint?: string;
}) {
  const { t } = useTranslation("admin");
  const lang = useLang();
  const id = useId();
  // Each language's input has the id the error summary links to (`<form>-<name>_<lang>`).
  const prefix = useContext(FormIdPrefix);
  const inputId = (l: Lang) => (prefix ? fieldId(prefix, `${props.name}_${l}`) : `${id}-${l}`);
  const submitted = props.failure?.values;
  const valueOf = (l: Lang) => (submitted ? (submitted[`${props.name}_${l}`] ?? "") : (props.values?.[l] ?? ""));
  const missing = languages.filter((l) => !String(valueOf(l)).trim());
  const error = languages.map((l) => props.failure?.fieldErrors?.[`${props.name}_${l}`]).find(Boolean);
  return (
    <fieldset
      className={`translated${error ? " field-invalid" : ""}`}
      aria-describedby={`${id}-missing${props.hint ? ` ${id}-hint` : ""}${error ? ` ${id}-error` : ""}`}
    >
      <legend>
        {props.label}
        {props.required ? <span className="required"> *</span> : null}
      </legend>
      <p className="hint" id={`${id}-missing`}>
        {missing.length ? t("editor.missingLanguages", { languages: formatList(lang, missing.map(endonym)) }) : t("editor.allLanguages")}
      </p>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.formatted ? <p className="hint">{t("editor.formattingHint")}</p> : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="translated-grid">
        {languages.map((l) => (
          <div key={l} className="field">
            {/* The field's name is said with each language, so that an input (or an error summary's
                link to it) is not just "Français" among several translated fields. */}
            <label htmlFor={inputId(l)} id={`${inputId(l)}-label`}>
              <span className="visually-hidden">{props.label} </span>
              {endonym(l)}
            </label>
            {props.long ? (
              <textarea
                id={inputId(l)}
                name={`${props.name}_${l}`}
                lang={l}
                dir={dirOf(l)}
                rows={6}
                defaultValue={valueOf(l) ?? ""}
                maxLength={props.maxLength}
              />
            ) : (
              <input id={inputId(l)} name={`${props.name}_${l}`} lang={l} dir={dirOf(l)} defaultValue={valueOf(l) ?? ""} maxLength={props.maxLength} />
            )}
            {props.previews?.[l] ? (
              <details className="preview">
                <summary>{t("editor.preview")}</summary>
                <div className="long-text" lang={l} dir={dirOf(l)} dangerouslySetInnerHTML={{ __html: props.previews[l]! }} />
              </details>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
