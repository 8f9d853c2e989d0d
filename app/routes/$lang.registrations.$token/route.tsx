import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { T } from "~/components/content";
import { fieldRefusal, FormError, SafeForm } from "~/components/forms";
import { RegistrationFields } from "~/components/RegistrationFields";
import { verifyRegistration } from "~/models/registration-proof.server";
import { eraseOwnRegistration } from "~/models/erasure.server";
import { updateRegistrantDetails } from "~/models/registrant-details.server";
import { cancelRegistration } from "~/models/registrations.server";
import { changeParticipationType } from "~/models/participation-change.server";
import { ParticipationTypeChoice } from "~/components/ParticipationTypeChoice";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { pageMeta } from "~/utils/meta";
import { RegistrantDetailsSchema } from "~/routes/$lang.events.$slug/form.server";
import { conflict } from "~/utils/http.server";
import { FlashNotice } from "~/components/FlashNotice";
import { VisaLetterBox } from "~/components/VisaLetterBox";
import { CheckInCode } from "~/components/CheckInCode";
import { signSpace } from "~/utils/format";
import { NO_STORE, linkPageBase, manageView, registrationOfLink } from "./view.server";
import { CancelSection, EraseSection, RegistrationFacts, VerifyBox } from "./sections";

const ManageAction = () =>
  z.discriminatedUnion("intent", [
    RegistrantDetailsSchema.extend({ intent: z.literal("update") }),
    z.object({ intent: z.literal("cancel") }),
    z.object({ intent: z.literal("verify") }),
    z.object({ intent: z.literal("erase") }),
    z.object({ intent: z.literal("change-type"), participationType: z.coerce.number({ message: "errors.participationType" }).int().positive() }),
  ]);

export function loader({ params }: LoaderFunctionArgs) {
  const { lang, token, ...found } = registrationOfLink(params);
  return data({ ...linkPageBase(lang, token, "manage.title"), ...manageView(lang, found) }, NO_STORE);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, token } = registrationOfLink(params);
  const s = await parseSubmission({ request, context, lang, schema: ManageAction(), guard: { kind: "public", bucket: "manage" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (s.data.intent === "erase") {
    eraseOwnRegistration(token);
    // The manage link names nothing any more: the answer is a page of its own.
    return redirect(`/${lang}/registrations/deleted`);
  }
  if (s.data.intent === "verify") {
    const outcome = verifyRegistration(token);
    // A cancelled event: the page says so, and nothing was confirmed.
    if (outcome === "cancelled") return redirect(`/${lang}/registrations/${token}`);
    return redirect(`/${lang}/registrations/${token}?done=${outcome === "expired" ? "expired" : "verified"}`);
  }
  if (s.data.intent === "change-type") {
    if (changeParticipationType(token, s.data.participationType) === "unavailable") {
      return data({ formError: getT(lang)("manage.typeUnavailable"), fieldErrors: {}, values: {} }, { status: 409 });
    }
    return redirect(`/${lang}/registrations/${token}?done=typeChanged`);
  }
  if (s.data.intent === "cancel") {
    if (cancelRegistration(token) === "ended") {
      return data({ formError: getT(lang)("manage.cancelEnded"), fieldErrors: {}, values: {} }, { status: 409 });
    }
    return redirect(`/${lang}/registrations/${token}?done=cancelled`);
  }
  const { intent: _intent, ...details } = s.data;
  const updated = updateRegistrantDetails(token, details);
  if (updated === "ended") return data({ formError: getT(lang)("manage.detailsEnded"), fieldErrors: {}, values: {} }, { status: 409 });
  if (updated === "delegation-fixed") return data({ formError: getT(lang)("manage.delegateCountryFixed"), fieldErrors: {}, values: {} }, { status: 409 });
  if (updated === "name-fixed" || updated === "name-attended") {
    const why = updated === "name-fixed" ? "manage.approvedNameFixed" : "manage.attendedNameFixed";
    return data({ formError: getT(lang)(why), fieldErrors: {}, values: {} }, { status: 409 });
  }
  if (updated === "unchanged") throw conflict();
  return redirect(`/${lang}/registrations/${token}?done=updated`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function ManageRegistration() {
  const { t } = useTranslation();
  const { lang, event, registration: r, countries, active, token, visa } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  const manage = `/${lang}/registrations/${token}`;
  // A refused field is summed up in the form that has it (details, or the change of type), where the
  // summary can name and link it; the proof box's form has no fields, and its links led nowhere.
  const typeFailure = (failure?.values as Record<string, string> | undefined)?.intent === "change-type" ? failure : null;
  const fieldFailure = fieldRefusal(failure);
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
      {event.past ? <FormError failure={failure} /> : null}
      {!r.proven && active && !event.past && !event.cancelled ? <VerifyBox heldUntil={r.heldUntil} failure={fieldFailure ? null : failure} /> : null}
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
      {event.cancelled ? (
        <p className="alert alert-error" role="status">
          {t("registration.long.cancelled")}
        </p>
      ) : null}
      <RegistrationFacts r={r} />
      {r.checkIn ? <CheckInCode code={r.checkIn.code} qr={r.checkIn.qr} /> : null}
      {r.joinUrl && !event.past ? (
        <p className="register-box">
          {t("manage.joinIntro")}
          {signSpace(lang)}
          <a href={r.joinUrl} dir="ltr">
            {t("manage.join")}
          </a>
        </p>
      ) : null}
      <VisaLetterBox lang={lang} token={token} may={visa.may} state={visa.state} />
      {active && !event.past && !event.cancelled ? (
        <>
          <section aria-labelledby="details">
            <h2 id="details">{t("manage.details")}</h2>
            <SafeForm className="stack" noValidate>
              <FormError failure={typeFailure ? null : failure} />
              <input type="hidden" name="intent" value="update" />
              <RegistrationFields
                failure={typeFailure ? null : failure}
                values={(typeFailure ? null : failure?.values) ?? (r.details as Record<string, string | null>)}
                countries={countries}
                nameFixed={r.nameFixed}
              />
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
                <FormError failure={typeFailure} />
                <ParticipationTypeChoice types={r.otherTypes} failure={typeFailure} />
                <button type="submit" className="button">
                  {t("manage.changeTypeSubmit")}
                </button>
              </SafeForm>
            </section>
          ) : null}
          <CancelSection manage={manage} asked={search.get("confirm") === "cancel"} freesSeat={r.freesSeat} />
        </>
      ) : null}
      <EraseSection manage={manage} asked={search.get("erase") === "confirm"} />
    </div>
  );
}
