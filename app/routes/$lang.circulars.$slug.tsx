import { Breadcrumb } from "~/components/Breadcrumb";
import { getT } from "~/utils/i18n.server";
import { circularDesignation, circularOrigin } from "~/utils/circular-designation";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FallbackNotice, LongText, T } from "~/components/content";
import { EventCard } from "~/components/EventCard";
import { getPublicCircular } from "~/models/circulars.server";
import { eventsForCircular } from "~/models/events.server";
import { eventCard } from "~/models/event-cards.server";
import { formatCalendarDate, formatList, signSpace } from "~/utils/format";
import { availableLanguages, languageName, pickTranslation } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageForEveryoneWithoutScripts } from "~/page-cache/handle";
import { notFound } from "~/utils/http.server";
import { formatted } from "~/utils/markdown.server";

export const handle = samePageForEveryoneWithoutScripts;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const c = getPublicCircular(params.slug ?? "");
  if (!c) throw notFound();
  const now = Date.now();
  const subject = pickTranslation(c.subject, lang);
  const t = getT(lang);
  return {
    lang,
    // "TSB Circular 114: …", "电信标准化局第114号通函：…": the separator of the page's language.
    meta: metaFor(lang, t("labelValue", { label: circularDesignation(c.reference, t), value: subject.text }), subject.text),
    circular: {
      reference: c.reference,
      office: c.office,
      issuedOn: c.issuedOn,
      issued: formatCalendarDate(lang, c.issuedOn),
      place: pickTranslation(c.place, lang),
      addressees: pickTranslation(c.addressees, lang),
      subject,
      body: formatted(pickTranslation(c.body, lang)),
      origin: circularOrigin(c.body, c.originalLang, lang),
      languages: formatList(
        lang,
        availableLanguages(c.body).map((l) => languageName(l, lang)),
      ),
      contact: { name: c.contactName, email: c.contactEmail, phone: c.contactPhone, fax: c.contactFax },
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
      <Breadcrumb href={`/${lang}/circulars`} label={t("nav.circulars")} current={circularDesignation(c.reference, t)} />
      <h1>
        {t("labelValue", { label: circularDesignation(c.reference, t), value: "" })}
        <T picked={c.subject} />
      </h1>
      <dl className="facts">
        <dt>{t("circulars.office")}</dt>
        <dd>{t(`office.${c.office}`)}</dd>
        <dt>{t("circulars.date")}</dt>
        <dd>
          <T picked={c.place} />
          {t("comma")}
          <time dateTime={c.issuedOn}>{c.issued}</time>
        </dd>
        <dt>{t("circulars.addressees")}</dt>
        <dd>
          <T picked={c.addressees} />
        </dd>
        <dt>{t("circulars.languages")}</dt>
        <dd>
          {c.languages} · {t(c.origin.key, { language: c.origin.language })}
        </dd>
        {c.contact.name || c.contact.email ? (
          <>
            <dt>{t("circulars.contact")}</dt>
            <dd>
              {/* As the letters set it out, each item labelled and isolated, so it reads in order in Arabic too. */}
              <ul className="plain-list contact-lines">
                {c.contact.name ? (
                  <li>
                    <bdi>{c.contact.name}</bdi>
                  </li>
                ) : null}
                {c.contact.phone ? (
                  <li>
                    {t("circulars.tel")}
                    {signSpace(lang)}
                    <bdi dir="ltr">{c.contact.phone}</bdi>
                  </li>
                ) : null}
                {c.contact.fax ? (
                  <li data-testid="contact-fax">
                    {t("circulars.fax")}
                    {signSpace(lang)}
                    <bdi dir="ltr">{c.contact.fax}</bdi>
                  </li>
                ) : null}
                {c.contact.email ? (
                  <li>
                    {t("circulars.email")}
                    {signSpace(lang)}
                    <a href={`mailto:${c.contact.email}`} dir="ltr">
                      {c.contact.email}
                    </a>
                  </li>
                ) : null}
              </ul>
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
