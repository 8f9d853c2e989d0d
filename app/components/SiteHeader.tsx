import { NavLink, useLocation, useMatches } from "@remix-run/react";
import { isScriptless } from "~/page-cache/handle";
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
 * On a page sent without scripts (most of them) the menu is plain links, marked as NavLink marks
 * them (the section the page is in: `active`, `aria-current`): seven NavLinks were a tenth of
 * such a page's rendering (each resolves its path against the route's matches), for a move in
 * place that a page without scripts never makes. A page with scripts keeps NavLink, and its
 * moves in place (decision 016, sixteenth round).
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  // As root.tsx decides whether the page is sent with its scripts.
  const matches = useMatches();
  const plain = typeof document === "undefined" && matches.some((m) => isScriptless(m.handle));
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
                {plain ? (
                  <a href={href} className={here ? "active" : undefined} aria-current={here ? "page" : undefined}>
                    {t(key)}
                  </a>
                ) : (
                  <NavLink to={href} prefetch="none">
                    {t(key)}
                  </NavLink>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
