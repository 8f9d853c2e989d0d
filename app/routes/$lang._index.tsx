import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { EventCardGrid } from "~/components/EventCard";
import { declarationCards } from "~/models/declarations.server";
import { upcomingEvents } from "~/models/event-list.server";
import { listPillars } from "~/models/pillars.server";
import { eventCard } from "~/models/event-cards.server";
import { formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageForEveryoneWithoutScripts } from "~/page-cache/handle";

export const handle = samePageForEveryoneWithoutScripts;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const now = Date.now();
  return {
    lang,
    meta: metaFor(lang, t("brand.siteTitle"), t("brand.description")),
    events: upcomingEvents(3, now).map((e) => eventCard(e, lang, now)),
    declarations: declarationCards(lang, now).filter((d) => d.open),
    pillars: listPillars().map((p) => ({ slug: p.slug, number: p.number, title: pickTranslation(p.title, lang) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Home() {
  const { t } = useTranslation();
  const { lang, events, declarations, pillars } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        {/* What to do first: CL-23/15 calls organisations to join; partners come back to sign in. */}
        <p className="hero-actions">
          <a className="button" href={`/${lang}/partners/join`}>
            {t("pledges.join")}
          </a>{" "}
          <a href={`/${lang}/partners/sign-in`}>{t("pledges.signIn")}</a>
        </p>
      </section>

      <section aria-labelledby="home-events">
        <h2 id="home-events">{t("home.nextEvents")}</h2>
        <EventCardGrid events={events} empty={t("home.noEvents")} />
        <p>
          <a href={`/${lang}/events`}>{t("home.allEvents")}</a>
        </p>
      </section>

      <section aria-labelledby="home-declarations">
        <h2 id="home-declarations">{t("home.openDeclarations")}</h2>
        {declarations.length ? (
          <ul className="plain-list">
            {declarations.map((d) => (
              <li key={d.slug} className="card">
                <h3>
                  <a href={`/${lang}/declarations/${d.slug}`}>
                    <T picked={d.title} />
                  </a>
                </h3>
                <p>{t("declarations.endorsementCount", { count: d.count })}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("home.noDeclarations")}</p>
        )}
      </section>

      <section aria-labelledby="home-pillars">
        <h2 id="home-pillars">{t("home.pillars")}</h2>
        <ol className="pillar-grid">
          {pillars.map((p) => (
            <li key={p.slug}>
              <a href={`/${lang}/pillars/${p.slug}`} className="pillar-tile">
                <span className="pillar-number" aria-hidden="true">
                  {formatNumber(lang, p.number)}
                </span>
                <T picked={p.title} />
              </a>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
