import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { LongText, T } from "~/components/content";
import { EventCardGrid } from "~/components/EventCard";
import { eventsForPillar } from "~/models/event-list.server";
import { getPillar } from "~/models/pillars.server";
import { pledgeTotalsByPillar } from "~/models/pledge-directory.server";
import { workingGroupsForPillar } from "~/models/working-groups.server";
import { eventCard } from "~/models/event-cards.server";
import { formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageForEveryoneWithoutScripts } from "~/page-cache/handle";
import { notFound } from "~/utils/http.server";
import { formatted, plainText } from "~/utils/markdown.server";

export const handle = samePageForEveryoneWithoutScripts;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const pillar = getPillar(params.slug ?? "");
  if (!pillar) throw notFound();
  const now = Date.now();
  const title = pickTranslation(pillar.title, lang);
  const description = pickTranslation(pillar.description, lang);
  return {
    lang,
    meta: metaFor(lang, title.text, plainText(description.text)),
    pillar: { number: formatNumber(lang, pillar.number), title, description: formatted(description) },
    events: eventsForPillar(pillar.id, 6, now).map((e) => eventCard(e, lang, now)),
    slug: pillar.slug,
    pledgeCount: formatNumber(lang, pledgeTotalsByPillar().find((r) => r.pillarId === pillar.id)?.n ?? 0),
    groups: workingGroupsForPillar(pillar.id).map((g) => ({ slug: g.slug, name: pickTranslation(g.name, lang), status: g.status })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PillarPage() {
  const { t } = useTranslation();
  const { lang, pillar, events, groups, slug, pledgeCount } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <p className="card-meta">{t("pillars.label", { number: pillar.number })}</p>
      <T picked={pillar.title} as="h1" />
      <LongText picked={pillar.description} />
      <p>
        <a href={`/${lang}/pledges?pillar=${slug}`}>{t("pledges.count", { count: pledgeCount })}</a>
      </p>
      {slug === "ict-emissions" ? (
        <p>
          <a href={`/${lang}/emissions`}>{t("emissions.pillarLink")}</a>
        </p>
      ) : null}
      <section aria-labelledby="pillar-groups">
        <h2 id="pillar-groups">{t("pillars.workingGroup")}</h2>
        {groups.length ? (
          <ul>
            {groups.map((g) => (
              <li key={g.slug}>
                <a href={`/${lang}/working-groups/${g.slug}`}>
                  <T picked={g.name} />
                </a>{" "}
                <span className="muted">({t(`groupStatus.${g.status}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("pillars.noGroup")}</p>
        )}
      </section>
      <section aria-labelledby="pillar-events">
        <h2 id="pillar-events">{t("pillars.events")}</h2>
        <EventCardGrid events={events} empty={t("pillars.noEvents")} />
      </section>
    </div>
  );
}
