import { useTranslation } from "~/utils/use-translation";
import { useLang } from "~/utils/use-lang";

export function SiteFooter() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t("footer.contactHeading")}</h2>
          <p>{t("footer.secretariat")}</p>
          <p>
            <a href="mailto:green@itu.int">green@itu.int</a>
          </p>
        </section>
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">{t("footer.aboutHeading")}</h2>
          <p>{t("footer.about")}</p>
          <p>
            <a href="https://www.itu.int/initiatives/green-digital-action/" hrefLang="en">
              {t("footer.initiativePage")}
            </a>
          </p>
        </section>
        <nav aria-labelledby="footer-more">
          <h2 id="footer-more">{t("footer.moreHeading")}</h2>
          <ul>
            <li>
              <a href={`/${lang}/emissions`}>{t("emissions.title")}</a>
            </li>
            <li>
              <a href={`/${lang}/privacy`}>{t("footer.privacy")}</a>
            </li>
            <li>
              <a href={`/${lang}/admin`}>{t("footer.staffSignIn")}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
