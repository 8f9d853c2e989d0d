import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FallbackNotice, LongText, T } from "~/components/content";
import { EventCard } from "~/components/EventCard";
import { getPublicCircular } from "~/models/circulars.server";
import { eventsForCircular } from "~/models/events.server";
import { eventCard } from "~/utils/event-view.server";
import { formatCalendarDate } from "~/utils/format";
import { availableLanguages, languageName, pickTranslation, type Lang } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { formatted } from "~/utils/markdown.server";
import { samePageForEveryone } from "~/utils/page-handle";

export const handle = samePageForEveryone;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const c = getPublicCircular(params.slug ?? "");
  if (!c) throw new Response("Not Found", { status: 404 });
  const now = Date.now();
  const subject = pickTranslation(c.subject, lang);
  return {
    lang,
    meta: metaFor(lang, `${c.reference}: ${subject.text}`, subject.text),
    circular: {
      reference: c.reference,
      office: c.office,
      issuedOn: c.issuedOn,
      issued: formatCalendarDate(lang, c.issuedOn),
      place: pickTranslation(c.place, lang),
      addressees: pickTranslation(c.addressees, lang),
      subject,
      body: formatted(pickTranslation(c.body, lang)),
      original: languageName(c.originalLang as Lang, lang),
      languages: availableLanguages(c.body).map((l) => languageName(l, lang)),
      contact: { name: c.contactName, email: c.contactEmail, phone: c.contactPhone },
      annexes: c.annexes.map((a) => ({ title: pickTranslation(a.title, lang), declarationSlug: a.declarationSlug ?? null })),
      declarations: c.declarations.map((d) => ({ slug: d.slug, title: pickTranslation(d.title, lang) })),
      events: eventsForCircular(c.id).map((e) => eventCard(e, lang, now)),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function CircularPage() {
  const { t } = useTranslation();
  const { lang, circular: c } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/circulars`}>{t("nav.circulars")}</a> › {c.reference}
      </p>
      <h1>
        {c.reference}: <T picked={c.subject} />
      </h1>
      <dl className="facts">
        <dt>{t("circulars.office")}</dt>
        <dd>{t(`office.${c.office}`)}</dd>
        <dt>{t("circulars.date")}</dt>
        <dd>
          <T picked={c.place} />, <time dateTime={c.issuedOn}>{c.issued}</time>
        </dd>
        <dt>{t("circulars.addressees")}</dt>
        <dd>
          <T picked={c.addressees} />
        </dd>
        <dt>{t("circulars.languages")}</dt>
        <dd>
          {c.languages.join(", ")} · {t("circulars.originalLanguage", { language: c.original })}
        </dd>
        {c.contact.name || c.contact.email ? (
          <>
            <dt>{t("circulars.contact")}</dt>
            <dd>
              {c.contact.name ? <span>{c.contact.name} </span> : null}
              {c.contact.email ? (
                <a href={`mailto:${c.contact.email}`} dir="ltr">
                  {c.contact.email}
                </a>
              ) : null}
              {c.contact.phone ? <span dir="ltr"> · {c.contact.phone}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      <FallbackNotice picked={c.body} />
      <LongText picked={c.body} />
      {c.annexes.length ? (
        <section aria-labelledby="annexes">
          <h2 id="annexes">{t("circulars.annexes")}</h2>
          <ul>
            {c.annexes.map((a, i) => (
              <li key={i}>
                {a.declarationSlug ? (
                  <a href={`/${lang}/declarations/${a.declarationSlug}`}>
                    <T picked={a.title} />
                  </a>
                ) : (
                  <T picked={a.title} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {c.events.length || c.declarations.length ? (
        <section aria-labelledby="announces">
          <h2 id="announces">{t("circulars.announces")}</h2>
          <div className="card-grid">
            {c.events.map((e) => (
              <EventCard key={e.slug} event={e} />
            ))}
          </div>
          {c.declarations.length ? (
            <ul>
              {c.declarations.map((d) => (
                <li key={d.slug}>
                  <a href={`/${lang}/declarations/${d.slug}`}>
                    <T picked={d.title} />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
