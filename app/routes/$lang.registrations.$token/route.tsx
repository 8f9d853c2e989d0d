import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { T } from "~/components/content";
import { FormError, SafeForm } from "~/components/forms";
import { RegistrationFields } from "~/components/RegistrationFields";
import { verifyRegistration } from "~/models/registration-proof.server";
import { eraseOwnRegistration } from "~/models/erasure.server";
import { cancelRegistration, getRegistrationByToken, updateRegistrantDetails } from "~/models/registrations.server";
import { changeParticipationType } from "~/models/participation-change.server";
import { eventRegistrationState } from "~/models/participation-types.server";
import { ParticipationTypeChoice } from "~/components/ParticipationTypeChoice";
import { offeredTypesView } from "~/routes/$lang.events.$slug/view.server";
import { mayJoinOnline } from "~/models/registrant-emails.server";
import { countryOptions } from "~/utils/country-options";
import { formatDateTime, formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { RegistrantDetailsSchema } from "~/routes/$lang.events.$slug/form.server";
import { formatEventWhen } from "~/utils/time";
import { conflict, notFound } from "~/utils/http.server";
import { FlashNotice } from "~/components/FlashNotice";
import { VisaLetterBox } from "~/components/VisaLetterBox";
import { mayRequestVisaLetter, visaLetterStateOf } from "~/models/visa-letters.server";
import { CheckInCode } from "~/components/CheckInCode";
import { carriesCheckInCode, issueCheckInCode } from "~/models/check-in.server";
import { write } from "~/utils/db.server";
import { groupCheckInCode } from "~/utils/check-in-code";
import { qrSvgPath } from "~/utils/qr.server";

function checkInDisplay(reg: { id: number; createdAt: number }) {
  // Shown here as in the email: recorded (by its hash) so the door finds it.
  const code = groupCheckInCode(write((tx) => issueCheckInCode(tx, reg)));
  return { code, qr: qrSvgPath(code) };
}

const ManageAction = () =>
  z.discriminatedUnion("intent", [
    RegistrantDetailsSchema.extend({ intent: z.literal("update") }),
    z.object({ intent: z.literal("cancel") }),
    z.object({ intent: z.literal("verify") }),
    z.object({ intent: z.literal("erase") }),
    z.object({ intent: z.literal("change-type"), participationType: z.coerce.number({ message: "errors.participationType" }).int().positive() }),
  ]);

function load(token: string | undefined) {
  const found = getRegistrationByToken(token ?? "");
  if (!found) throw notFound();
  return found;
}

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { reg, event, position, type } = load(params.token);
  const active = ["confirmed", "waiting", "pending", "held", "unverified"].includes(reg.status);
  const title = pickTranslation(event.title, lang);
  const { state, types } = eventRegistrationState(event);
  // The other types with a free seat and nobody waiting: the ones a registrant may move to.
  const otherTypes = reg.addressProven && ["confirmed", "waiting", "pending"].includes(reg.status) ? offeredTypesView(types, lang, Date.now()) : [];
  return data(
    {
      lang,
      token: params.token ?? "",
      meta: metaFor(lang, getT(lang)("manage.title")),
      countries: countryOptions(lang),
      active,
      visa: { may: mayRequestVisaLetter(reg, event), state: visaLetterStateOf(reg.id) },
      event: {
        slug: event.slug,
        title,
        when: formatEventWhen(lang, event),
        past: event.endsAt < Date.now(),
        // After cancelling, the way back: the event still takes registrations (a seat or the waiting list).
        open: ["open", "waiting-list"].includes(state.kind),
      },
      registration: {
        status: reg.status,
        position: position ? formatNumber(lang, position) : null,
        // The join link is for confirmed registrants holding an online seat only.
        joinUrl: mayJoinOnline(reg, type, event) ? event.joinUrl : null,
        participationType: type ? pickTranslation(type.name, lang).text : null,
        otherTypes: otherTypes.filter((o) => o.id !== reg.participationTypeId && !o.waitingList),
        // A confirmed seat in the room: the code to show at the door, until the event is over.
        checkIn: carriesCheckInCode(reg) && event.endsAt > Date.now() ? checkInDisplay(reg) : null,
        email: reg.email,
        // Until the button below is pressed, the registration does not count.
        proven: reg.addressProven,
        heldUntil: reg.status === "held" && reg.holdExpiresAt ? formatDateTime(lang, reg.holdExpiresAt, event.timeZone) : null,
        details: {
          firstName: reg.firstName,
          lastName: reg.lastName,
          organisation: reg.organisation,
          organisationType: reg.organisationType,
          country: reg.country,
          jobTitle: reg.jobTitle,
          gender: reg.gender,
          accessibilityNeeds: reg.accessibilityNeeds,
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
  if (s.data.intent === "erase") {
    eraseOwnRegistration(token);
    // The manage link names nothing any more: the answer is a page of its own.
    return redirect(`/${lang}/registrations/deleted`);
  }
  if (s.data.intent === "verify") {
    const outcome = verifyRegistration(token);
    return redirect(`/${lang}/registrations/${token}?done=${outcome === "expired" ? "expired" : "verified"}`);
  }
  if (s.data.intent === "change-type") {
    if (changeParticipationType(token, s.data.participationType) === "unavailable") {
      return data({ formError: getT(lang)("manage.typeUnavailable"), fieldErrors: {}, values: {} }, { status: 409 });
    }
    return redirect(`/${lang}/registrations/${token}?done=typeChanged`);
  }
  if (s.data.intent === "cancel") {
    cancelRegistration(token);
    return redirect(`/${lang}/registrations/${token}?done=cancelled`);
  }
  const { intent: _intent, ...details } = s.data;
  if (!updateRegistrantDetails(token, details)) throw conflict();
  return redirect(`/${lang}/registrations/${token}?done=updated`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function ManageRegistration() {
  const { t } = useTranslation();
  const { lang, event, registration: r, countries, active, token, visa } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  const confirmErase = search.get("erase") === "confirm";
  return (
    <div className="container narrow">
      <h1>{t("manage.title")}</h1>
      <FlashNotice
        notices={{
          typeChanged: "manage.typeChanged",
          cancelled: "manage.cancelled",
          updated: "manage.updated",
          verified: "manage.verified",
          expired: "manage.expiredBody",
          visaRequested: "visa.requestedNotice",
        }}
        failed={failure}
      />
      {!r.proven && active && !event.past ? (
        <section aria-labelledby="verify" className="register-box">
          <h2 id="verify">{t("manage.verifyHeading")}</h2>
          <p>{t("manage.verifyBody")}</p>
          {r.heldUntil ? <p data-testid="held-until">{t("manage.verifyHeld", { time: r.heldUntil })}</p> : null}
          <SafeForm>
            <FormError failure={failure} />
            <input type="hidden" name="intent" value="verify" />
            <button type="submit" className="button">
              {t("manage.verifyButton")}
            </button>
          </SafeForm>
        </section>
      ) : null}
      {r.status === "expired" ? (
        <p className="alert" role="status">
          {t("manage.expiredBody")}
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
        {r.participationType ? (
          <>
            <dt>{t("participation.label")}</dt>
            <dd data-testid="participation-type">
              <bdi>{r.participationType}</bdi>
            </dd>
          </>
        ) : null}
        {r.position ? (
          <>
            <dt>{t("manage.position")}</dt>
            <dd data-testid="waiting-position">{r.position}</dd>
          </>
        ) : null}
        <dt>{t("register.email")}</dt>
        <dd dir="ltr">{r.email}</dd>
      </dl>
      {r.checkIn ? <CheckInCode code={r.checkIn.code} qr={r.checkIn.qr} /> : null}
      {r.joinUrl && !event.past ? (
        <p className="register-box">
          {t("manage.joinIntro")}{" "}
          <a href={r.joinUrl} dir="ltr">
            {t("manage.join")}
          </a>
        </p>
      ) : null}
      <VisaLetterBox lang={lang} token={token} may={visa.may} state={visa.state} />
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
          {r.otherTypes.length ? (
            <section aria-labelledby="change-type">
              <h2 id="change-type">{t("manage.changeType")}</h2>
              <p>{t("manage.changeTypeHint")}</p>
              <SafeForm className="stack" noValidate aria-labelledby="change-type">
                <input type="hidden" name="intent" value="change-type" />
                <ParticipationTypeChoice types={r.otherTypes} failure={null} />
                <button type="submit" className="button">
                  {t("manage.changeTypeSubmit")}
                </button>
              </SafeForm>
            </section>
          ) : null}
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
      <section aria-labelledby="erase" className="register-box">
        <h2 id="erase">{t("manage.eraseHeading")}</h2>
        <p>{t("manage.eraseBody")}</p>
        {confirmErase ? (
          // A second step: the delete button appears only after asking for it, and cannot be undone.
          <SafeForm>
            <p role="alert">{t("manage.eraseConfirmBody")}</p>
            <input type="hidden" name="intent" value="erase" />
            <div className="actions">
              <button type="submit" className="button button-danger">
                {t("manage.eraseConfirm")}
              </button>{" "}
              <a href={`/${lang}/registrations/${token}`}>{t("manage.eraseKeep")}</a>
            </div>
          </SafeForm>
        ) : (
          <a className="button button-secondary" href={`/${lang}/registrations/${token}?erase=confirm#erase`}>
            {t("manage.eraseAsk")}
          </a>
        )}
      </section>
    </div>
  );
}
