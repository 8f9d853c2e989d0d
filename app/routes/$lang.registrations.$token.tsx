import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { T } from "~/components/content";
import { FormError, SafeForm } from "~/components/forms";
import { RegistrationFields } from "~/components/RegistrationFields";
import { registrationState } from "~/models/events.server";
import { cancelRegistration, confirmedSeats, getRegistrationByToken, updateRegistrantDetails } from "~/models/registrations.server";
import { countryOptions } from "~/utils/country-options";
import { formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { RegistrantDetailsSchema } from "~/utils/registration-form.server";
import { formatTimeRange } from "~/utils/time";

const ManageAction = () =>
  z.discriminatedUnion("intent", [
  RegistrantDetailsSchema.extend({ intent: z.literal("update") }),
  z.object({ intent: z.literal("cancel") }),
]);

function load(token: string | undefined) {
  const found = getRegistrationByToken(token ?? "");
  if (!found) throw new Response("Not Found", { status: 404 });
  return found;
}

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { reg, event, position } = load(params.token);
  const active = reg.status === "confirmed" || reg.status === "waiting" || reg.status === "pending";
  const title = pickTranslation(event.title, lang);
  return data(
    {
      lang,
      meta: metaFor(lang, getT(lang)("manage.title")),
      countries: countryOptions(lang),
      active,
      token: params.token ?? "",
      event: {
        slug: event.slug, title, when: formatTimeRange(lang, event.startsAt, event.endsAt, event.timeZone), past: event.endsAt < Date.now(),
        // After cancelling, the way back: the event still takes registrations (a seat or the waiting list).
        open: ["open", "waiting-list"].includes(registrationState(event, confirmedSeats(event.id), Date.now()).kind),
      },
      registration: {
        status: reg.status,
        position: position ? formatNumber(lang, position) : null,
        // The join link is for confirmed registrants only.
        joinUrl: reg.status === "confirmed" ? event.joinUrl : null,
        email: reg.email,
        details: {
          firstName: reg.firstName, lastName: reg.lastName, organisation: reg.organisation, organisationType: reg.organisationType,
          country: reg.country, jobTitle: reg.jobTitle, gender: reg.gender, accessibilityNeeds: reg.accessibilityNeeds,
        },
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const token = params.token ?? "";
  load(token);
  const s = await parseSubmission({ request, context, lang, schema: ManageAction(), guard: { kind: "public", bucket: "manage" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (s.data.intent === "cancel") {
    cancelRegistration(token);
    return redirect(`/${lang}/registrations/${token}?done=cancelled`);
  }
  const { intent: _intent, ...details } = s.data;
  if (!updateRegistrantDetails(token, details)) throw new Response("Conflict", { status: 409 });
  return redirect(`/${lang}/registrations/${token}?done=updated`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function ManageRegistration() {
  const { t } = useTranslation();
  const { lang, token, event, registration: r, countries, active } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  return (
    <div className="container narrow">
      <h1>{t("manage.title")}</h1>
      {done && !failure ? (
        <p className="alert alert-success" role="status">
          {t(done === "cancelled" ? "manage.cancelled" : "manage.updated")}
        </p>
      ) : null}
      {r.status === "cancelled" && event.open ? (
        <p>
          <a className="button" href={`/${lang}/events/${event.slug}#register`}>
            {t("manage.registerAgain")}
          </a>
        </p>
      ) : null}
      <h2>
        <a href={`/${lang}/events/${event.slug}`}>
          <T picked={event.title} />
        </a>
      </h2>
      <p>{event.when}</p>
      <dl className="facts">
        <dt>{t("manage.status")}</dt>
        <dd data-testid="registration-status">{t(`registrationStatus.${r.status}`)}</dd>
        {r.position ? (
          <>
            <dt>{t("manage.position")}</dt>
            <dd data-testid="waiting-position">{r.position}</dd>
          </>
        ) : null}
        <dt>{t("register.email")}</dt>
        <dd dir="ltr">{r.email}</dd>
      </dl>
      {r.joinUrl && !event.past ? (
        <p className="register-box">
          {t("manage.joinIntro")}{" "}
          <a href={r.joinUrl} dir="ltr">
            {t("manage.join")}
          </a>
        </p>
      ) : null}
      {active && !event.past ? (
        <>
          <section aria-labelledby="details">
            <h2 id="details">{t("manage.details")}</h2>
            <SafeForm className="stack" noValidate>
              <FormError failure={failure} />
              <input type="hidden" name="intent" value="update" />
              <RegistrationFields failure={failure} values={failure?.values ?? (r.details as Record<string, string | null>)} countries={countries} />
              <button type="submit" className="button">
                {t("manage.save")}
              </button>
            </SafeForm>
          </section>
          <section aria-labelledby="cancel" className="register-box">
            <h2 id="cancel">{t("manage.cancelHeading")}</h2>
            <p>{t("manage.cancelBody")}</p>
            {/* Cancelling gives the seat away: a first click only asks (a GET, so it works without JavaScript). */}
            {search.get("confirm") === "cancel" ? (
              <div className="alert alert-error" role="alert">
                <p>{t("manage.cancelConfirm")}</p>
                <SafeForm className="inline-form">
                  <input type="hidden" name="intent" value="cancel" />
                  <button type="submit" className="button">
                    {t("manage.cancelYes")}
                  </button>
                  <a href={`/${lang}/registrations/${token}`}>{t("manage.cancelKeep")}</a>
                </SafeForm>
              </div>
            ) : (
              <a className="button button-secondary" href={`/${lang}/registrations/${token}?confirm=cancel#cancel`}>
                {t("manage.cancel")}
              </a>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
