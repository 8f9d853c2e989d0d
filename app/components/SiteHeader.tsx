import { NavLink } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { useLang } from "~/utils/use-lang";
import { ItuMark } from "./ItuMark";
import { LanguageSwitcher } from "./LanguageSwitcher";

const sections = [
  ["events", "nav.events"],
  ["circulars", "nav.circulars"],
  ["declarations", "nav.declarations"],
  ["pledges", "nav.pledges"],
  ["emissions", "emissions.nav"],
  ["working-groups", "nav.workingGroups"],
  ["member-states", "nav.memberStates"],
] as const;

export function SiteHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <header className="site-header">
      <div className="container header-row">
        <a className="brand" href={`/${lang}/`}>
          <ItuMark />
          <abbr className="brand-itu" title={t("brand.ituFull")}>
            {t("brand.itu")}
          </abbr>
          <span>
            {/* In French, Russian and Spanish the brand stays English: read out as English. */}
            <span className="brand-name" lang={t("brand.nameLang")}>
              {t("brand.name")}
            </span>
            <span className="brand-tagline">{t("brand.tagline")}</span>
          </span>
        </a>
        <LanguageSwitcher />
      </div>
      <nav className="main-nav" aria-label={t("nav.label")}>
        <ul className="container">
          {sections.map(([path, key]) => (
            <li key={path}>
              <NavLink to={`/${lang}/${path}`} prefetch="none">
                {t(key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
