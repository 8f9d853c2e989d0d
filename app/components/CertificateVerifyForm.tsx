import { Form } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";

/** The one field anyone holding a certificate fills in to check it (GET: nothing to protect, and it works without JavaScript). */
export function VerifyForm({ lang, typed, invalid }: { lang: string; typed: string; invalid: boolean }) {
  const { t } = useTranslation();
  return (
    <Form method="get" action={`/${lang}/certificates/verify`} className="stack">
      <div className={`field${invalid ? " field-invalid" : ""}`}>
        <label htmlFor="certificate-code">{t("certificates.code")}</label>
        <p className="hint" id="certificate-code-hint">
          {t("certificates.codeHint")}
        </p>
        <input
          id="certificate-code"
          name="code"
          dir="ltr"
          autoComplete="off"
          maxLength={40}
          defaultValue={typed}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? "certificate-code-hint certificate-code-error" : "certificate-code-hint"}
        />
        {invalid ? (
          <p className="field-error" id="certificate-code-error">
            {t("certificates.codeFormat")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button">
        {t("certificates.check")}
      </button>
    </Form>
  );
}
