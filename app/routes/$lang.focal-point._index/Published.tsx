import { SafeForm } from "~/components/forms";
import type { Picked } from "~/utils/i18n";
import { useTranslation } from "~/utils/use-translation";

export type PublishedEndorsement = { id: number; slug: string; title: Picked; organisation: string; published: string };

/** The government's endorsements already public, each of which its focal point may withdraw. */
export function Published({ lang, endorsements }: { lang: string; endorsements: PublishedEndorsement[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="published-heading">
      <h2 id="published-heading">{t("focalPoint.published")}</h2>
      {endorsements.length === 0 ? <p>{t("focalPoint.nonePublished")}</p> : <p id="withdraw-hint">{t("focalPoint.withdrawHint")}</p>}
      {endorsements.map((e) => (
        <article key={e.id} className="card" data-published-endorsement={e.id}>
          <h3 id={`published-${e.id}`} lang={e.title.lang}>
            <a href={`/${lang}/declarations/${e.slug}`}>{e.title.text}</a>
          </h3>
          <p>
            <bdi>{e.organisation}</bdi> · {t("focalPoint.publishedOn", { date: e.published })}
          </p>
          <SafeForm>
            <input type="hidden" name="id" value={e.id} />
            <button type="submit" name="intent" value="withdraw" className="button button-secondary" aria-describedby={`published-${e.id} withdraw-hint`}>
              {t("focalPoint.withdraw")}
            </button>
          </SafeForm>
        </article>
      ))}
    </section>
  );
}
