import { useTranslation } from "~/utils/use-translation";

/**
 * "Events › Workshop": the separator is a mirrored character (U+203A), so in Arabic it points the
 * way the page reads; the current item is isolated, so a Latin reference ("CL-24/63") cannot pull
 * the separator to the wrong side.
 */
export function Breadcrumb({ href, label, current }: { href: string; label: string; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("breadcrumb")} className="card-meta">
      <a href={href}>{label}</a> <span aria-hidden="true">›</span> <bdi>{current}</bdi>
    </nav>
  );
}
