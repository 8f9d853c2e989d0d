import { dirOf, type Lang } from "~/utils/i18n";
import { useTranslation } from "~/utils/use-translation";
import { isolate } from "~/utils/bidi";

export type EmailPreviewVersion = { lang: Lang; language: string; recipients: string; sampleName: string; subject: string; html: string; text: string };

/**
 * An email as its recipients will read it, one version per language among them: the subject, the
 * HTML body the template rendered (set in the recipient's direction) and its plain-text part.
 */
export function EmailPreview({ versions }: { versions: EmailPreviewVersion[] }) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  return (
    <>
      {versions.map((v) => (
        <article key={v.lang} className="email-version" aria-labelledby={`email-version-${v.lang}`} data-testid={`email-version-${v.lang}`}>
          <h3 id={`email-version-${v.lang}`}>{t("messages.previewVersion", { language: v.language })}</h3>
          <p>
            {tc("labelValue", { label: t("messages.previewRecipients"), value: v.recipients })}
            <br />
            {t("messages.previewAs", { name: isolate(v.sampleName) })}
          </p>
          <dl className="facts email-subject">
            <dt>{t("messages.subject")}</dt>
            <dd lang={v.lang} dir={dirOf(v.lang)}>
              {v.subject}
            </dd>
          </dl>
          {/* Rendered and escaped by the email layout on the server, as it is sent. */}
          <div className="email-preview" lang={v.lang} dir={dirOf(v.lang)} dangerouslySetInnerHTML={{ __html: v.html }} />
          <details>
            <summary>{t("messages.previewText")}</summary>
            <pre className="email-text" lang={v.lang} dir={dirOf(v.lang)}>
              {v.text}
            </pre>
          </details>
        </article>
      ))}
    </>
  );
}
