import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Pagination } from "~/components/content";
import { EventCardGrid } from "~/components/EventCard";
import { FilterSelect } from "~/components/FilterSelect";
import { eventFormats, eventKinds } from "~/models/event-types";
import { listPublishedEvents } from "~/models/event-list.server";
import { listPillars } from "~/models/pillars.server";
import { eventCard } from "~/models/event-cards.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { EventListFilter } from "~/routes/$lang.events._index/query.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageForEveryoneWithoutScripts } from "~/page-cache/handle";

export const handle = samePageForEveryoneWithoutScripts;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const filter = EventListFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = Date.now();
  const result = listPublishedEvents(filter, now);
  return {
    lang,
    filter,
    total: result.total,
    pages: result.pages,
    events: result.items.map((e) => eventCard(e, lang, now)),
    pillars: listPillars().map((p) => ({ slug: p.slug, title: pickTranslation(p.title, lang).text })),
    meta: metaFor(lang, t("events.title"), t("events.description")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Events() {
  const { t } = useTranslation();
  const { lang, filter, events, pages, pillars } = useLoaderData<typeof loader>();
  const hrefFor = (page: number) => {
    const q = new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v) as [string, string][]);
    return `/${lang}/events?${q}`;
  };
  return (
    <div className="container">
      <h1>{t("events.title")}</h1>
      <p className="lead">{t("events.description")}</p>
      <Form method="get" className="filters" aria-label={t("events.filters")}>
        <fieldset>
          <legend className="visually-hidden">{t("events.period")}</legend>
          <label>
            <input type="radio" name="when" value="upcoming" defaultChecked={filter.when === "upcoming"} /> {t("events.upcoming")}
          </label>
          <label>
            <input type="radio" name="when" value="past" defaultChecked={filter.when === "past"} /> {t("events.past")}
          </label>
        </fieldset>
        <FilterSelect name="kind" label={t("events.kind")} value={filter.kind} options={eventKinds.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))} />
        <FilterSelect name="pillar" label={t("events.pillar")} value={filter.pillar} options={pillars.map((p) => ({ value: p.slug, label: p.title }))} />
        <FilterSelect
          name="format"
          label={t("events.format")}
          value={filter.format}
          options={eventFormats.map((f) => ({ value: f, label: t(`eventFormat.${f}`) }))}
        />
        <button type="submit" className="button">
          {t("events.apply")}
        </button>
      </Form>
      <h2 className="visually-hidden">{filter.when === "upcoming" ? t("events.upcoming") : t("events.past")}</h2>
      <EventCardGrid events={events} empty={t("events.none")} />
      <Pagination page={filter.page} pages={pages} hrefFor={hrefFor} />
      <p className="feeds">
        <a href={`/${lang}/events.ics`}>{t("events.subscribe")}</a> · <a href={`/${lang}/events.json`}>{t("events.json")}</a>
      </p>
    </div>
  );
}
