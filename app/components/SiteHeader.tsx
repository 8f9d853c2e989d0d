import { useLocation } from "@remix-run/react";
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

/**
 * Plain links, marked as NavLink marks them (the section the page is in: `active`, `aria-current`).
 * Seven NavLinks were a tenth of every page's rendering (each resolves its path against the
 * route's matches), for a client-side move that most pages, sent without scripts, never make
 * (decision 016, sixteenth round).
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
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
          {sections.map(([path, key]) => {
            const href = `/${lang}/${path}`;
            const here = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={path}>
                <a href={href} className={here ? "active" : undefined} aria-current={here ? "page" : undefined}>
                  {t(key)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
