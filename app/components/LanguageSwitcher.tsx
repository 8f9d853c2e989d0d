import { useLocation } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { endonym, languages } from "~/utils/i18n";
import { useLang } from "~/utils/use-lang";

/** Keeps the visitor on the same page in the other language; plain links, so it works without JavaScript. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLang();
  const { pathname, search } = useLocation();
  const rest = pathname.replace(/^\/[^/]*/, "") || "/";
  return (
    <nav className="lang-switcher" aria-label={t("shell.languages")}>
      <ul>
        {languages.map((l) => (
          <li key={l}>
            <a href={`/${l}${rest}${search}`} lang={l} hrefLang={l} aria-current={l === current ? "true" : undefined}>
              {endonym(l)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
