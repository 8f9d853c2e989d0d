import { useTranslation } from "~/utils/use-translation";
import { useLang } from "~/utils/use-lang";

/** Under every consent box: the notice that says what the consent covers (a new tab keeps the form as filled in). */
export function PrivacyLink() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="hint privacy-link">
      <a href={`/${lang}/privacy`} target="_blank" rel="noopener">
        {t("privacy.consentLink")}
      </a>
    </p>
  );
}
