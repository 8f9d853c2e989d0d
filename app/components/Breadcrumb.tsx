import { dirOf, isLang } from "~/utils/i18n";
import { useTranslation } from "~/utils/use-translation";

/**
 * "Events › Workshop": the separator points the way the page reads (‹ in Arabic), chosen here and
 * set left to right, since browsers did not mirror › between Arabic words; the current item is
 * isolated, so a Latin reference ("CL-24/63") cannot pull the separator to the wrong side.
 */
export function Breadcrumb({ href, label, current }: { href: string; label: string; current: string }) {
  const { t, lang } = useTranslation();
  return (
    <nav aria-label={t("breadcrumb")} className="card-meta">
      <a href={href}>{label}</a>{" "}
      <span aria-hidden="true" dir="ltr">
        {isLang(lang) && dirOf(lang) === "rtl" ? "‹" : "›"}
      </span>{" "}
      <bdi>{current}</bdi>
    </nav>
  );
}
