import { Breadcrumb } from "~/components/Breadcrumb";
import { circularDesignation } from "~/utils/circular-designation";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Badge, FallbackNotice, LongText, T } from "~/components/content";
import { LocalTime } from "~/components/LocalTime";
import { FormError, SafeForm } from "~/components/forms";
import { EmailField } from "~/components/ContactFields";
import { RegistrationConsent, RegistrationFields } from "~/components/RegistrationFields";
import { RegistrationStatus, stateFigures } from "~/components/RegistrationStatus";
import { publicEventIdBySlug } from "~/models/events.server";
import { eventRegistrationState } from "~/models/participation-types.server";
import { registerForEvent } from "~/models/registrations.server";
import { mayHoldSeat } from "~/utils/rate-limit.server";
import { ParticipationTypeChoice } from "~/components/ParticipationTypeChoice";
import { eventPageView, offeredTypesView, registerFailure } from "./view.server";
import { packedCountryOptions } from "~/utils/country-options";
import { keptValues, parseSubmission } from "~/utils/forms.server";
import { RegistrationSchema } from "~/routes/$lang.events.$slug/form.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { signSpace } from "~/utils/format";
import { Programme } from "./Programme";
import { samePageForEveryone } from "~/page-cache/handle";
import { notFound } from "~/utils/http.server";
import { askedFrom } from "~/utils/outbox.server";

export const handle = samePageForEveryone;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const page = eventPageView(params.slug ?? "", lang);
  if (!page) throw notFound();
  const now = Date.now();
  const { state, types } = eventRegistrationState(page.event, now, page.types);
  return {
    lang,
    meta: page.meta,
    countries: packedCountryOptions(lang),
    event: {
      ...page.view,
      state,
      // The form asks how the person takes part only when there is a choice.
      offeredTypes: offeredTypesView(types, lang, now),
      stateFigures: stateFigures(state, lang, page.event.timeZone),
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const event = publicEventIdBySlug(params.slug ?? "");
  if (!event) throw notFound();
  const s = await parseSubmission({ request, context, lang, schema: RegistrationSchema, guard: { kind: "public", bucket: "register" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const { email, consent: _consent, governmentDelegate, participationType, typeChoice: _choice, ...details } = s.data;
  const result = askedFrom(context.clientIp, () =>
    registerForEvent({
      eventId: event.id,
      email,
      lang,
      participationTypeId: participationType,
      details: { ...details, governmentDelegate: governmentDelegate === "on" },
      mayHold: () => mayHoldSeat(event.id, context.clientIp),
    }),
  );
  if (result.outcome !== "registered" && result.outcome !== "resent") {
    const failure = registerFailure(result.outcome, lang, keptValues(s.form));
    return data(failure.body, { status: failure.status });
  }
  // The same page whether the address was new or already registered: the email tells the rest.
  // Its own fragment: without one the browser would keep the form's `#…-errors` (see SafeForm).
  return redirect(`/${lang}/events/${event.slug}/registered#main`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function EventPage() {
  const { t } = useTranslation();
  const { lang, event, countries } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const canRegister = event.state.kind === "open" || event.state.kind === "waiting-list";
  return (
    <div className="container">
      <Breadcrumb href={`/${lang}/events`} label={t("nav.events")} current={t(`eventKind.${event.kind}`)} />
      {event.isExample ? (
        <p className="card-meta">
          <Badge tone="example">{t("events.example")}</Badge>
        </p>
      ) : null}
      <T picked={event.title} as="h1" />
      {event.isExample ? <p className="alert alert-info">{t("events.exampleNotice")}</p> : null}
      {event.cancelled ? <p className="alert alert-error">{t("registration.long.cancelled")}</p> : null}
      <div className="event-layout">
        <div className="event-main">
          <FallbackNotice picked={event.description} />
          <T picked={event.summary} as="p" className="lead" />
          <LongText picked={event.description} />
          <Programme programme={event.programme} zoneName={event.zoneName} />
        </div>
        <aside className="event-facts" aria-labelledby="event-facts">
          <h2 id="event-facts">{t("events.facts")}</h2>
          <dl>
            <dt>{t("events.when")}</dt>
            <dd>
              <time dateTime={new Date(event.startsAt).toISOString()}>{event.whenInZone}</time>
              {event.dateOnly ? (
                // The source gives the day only: no hour is shown, in any zone.
                <p className="muted" data-testid="date-only">
                  {t(event.severalDays ? "events.datesOnly" : "events.dateOnly")}
                </p>
              ) : (
                <>
                  {signSpace(lang)}
                  <span className="muted">{t("events.zoneName", { zone: event.zoneName })}</span>
                  <LocalTime start={event.startsAt} end={event.endsAt} utc={event.whenUtc} />
                </>
              )}
            </dd>
            <dt>{t("events.format")}</dt>
            <dd>{t(`eventFormat.${event.format}`)}</dd>
            {/* A field the secretariat left empty is left out, label and all. */}
            {event.venue.text.trim() ? (
              <>
                <dt>{t("events.venue")}</dt>
                <dd>
                  <T picked={event.venue} />
                </dd>
              </>
            ) : null}
            {event.organisers ? (
              <>
                <dt>{t("events.organisers")}</dt>
                <dd>{event.organisers}</dd>
              </>
            ) : null}
            {event.audience.text.trim() ? (
              <>
                <dt>{t("events.audience")}</dt>
                <dd>
                  <T picked={event.audience} />
                </dd>
              </>
            ) : null}
            {event.fee.text.trim() ? (
              <>
                <dt>{t("events.fee")}</dt>
                <dd>
                  <T picked={event.fee} />
                </dd>
              </>
            ) : null}
            {event.pillars.length ? (
              <>
                <dt>{t("events.pillars")}</dt>
                <dd>
                  <ul className="plain-list">
                    {event.pillars.map((p) => (
                      <li key={p.slug}>
                        <a href={`/${lang}/pillars/${p.slug}`}>
                          <T picked={p.title} />
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {event.circular ? (
              <>
                <dt>{t("events.announcedBy")}</dt>
                <dd>
                  <a href={`/${lang}/circulars/${event.circular.slug}`}>{circularDesignation(event.circular.reference, t)}</a>
                </dd>
              </>
            ) : null}
            <dt>{t("events.lastUpdated")}</dt>
            <dd>
              <time dateTime={event.updatedAt} data-testid="event-updated">
                {event.updatedOn}
              </time>
            </dd>
          </dl>
          <p>
            <a href={`/${lang}/events/${event.slug}/calendar.ics`}>{t("events.addToCalendar")}</a>
          </p>
        </aside>
      </div>
      <section id="register" aria-labelledby="register-heading" className="register-box">
        <h2 id="register-heading">{t("events.registration")}</h2>
        <RegistrationStatus state={event.state} figures={event.stateFigures} requiresApproval={event.requiresApproval} />
        {canRegister || failure ? (
          <SafeForm honeypot anchored className="stack" noValidate aria-labelledby="register-heading">
            <FormError failure={failure} />
            <p className="hint">{t("register.intro")}</p>
            <EmailField failure={failure} />
            {event.offeredTypes.length > 1 ? <ParticipationTypeChoice types={event.offeredTypes} failure={failure} /> : null}
            <RegistrationFields failure={failure} values={failure?.values} countries={countries} />
            <RegistrationConsent askDelegate={event.delegatesNeedFocalPoint} failure={failure} />
            <button type="submit" className="button">
              {event.state.kind === "waiting-list" ? t("register.submitWaiting") : t("register.submit")}
            </button>
          </SafeForm>
        ) : null}
      </section>
    </div>
  );
}
