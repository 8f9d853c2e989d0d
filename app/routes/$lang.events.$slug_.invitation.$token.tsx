import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { Field, FormError, SafeForm } from "~/components/forms";
import { RegistrationConsent, RegistrationFields } from "~/components/RegistrationFields";
import { invitationForLink } from "~/models/participation-invitations.server";
import { registerForEvent } from "~/models/registrations.server";
import { packedCountryOptions } from "~/utils/country-options";
import { keptValues, parseSubmission } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { formatEventWhen } from "~/utils/time";
import { RegistrationSchema } from "~/routes/$lang.events.$slug/form.server";
import { registerFailure } from "~/routes/$lang.events.$slug/view.server";
import { askedFrom } from "~/utils/outbox.server";

/** The link an invitation email carries: only it opens the form of an invitation-only type, for its own address. */
function load(params: LoaderFunctionArgs["params"]) {
  const found = invitationForLink(params.token ?? "");
  if (!found || found.event.slug !== params.slug) throw notFound();
  return found;
}

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { invitation, type, event } = load(params);
  return data(
    {
      lang,
      meta: metaFor(lang, getT(lang)("participation.invitationTitle")),
      countries: packedCountryOptions(lang),
      email: invitation.email,
      used: invitation.usedAt !== null,
      event: {
        slug: event.slug,
        title: pickTranslation(event.title, lang),
        when: formatEventWhen(lang, event),
        delegatesNeedFocalPoint: event.delegatesNeedFocalPoint,
      },
      typeName: pickTranslation(type.name, lang),
    },
    // A personal page: never kept, never indexed.
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const { event, type } = load(params);
  const token = params.token ?? "";
  const s = await parseSubmission({ request, context, lang, schema: RegistrationSchema, guard: { kind: "public", bucket: "register" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const { email, consent: _consent, governmentDelegate, participationType: _type, typeChoice: _choice, ...details } = s.data;
  // The address must be the invited one: registerForEvent refuses any other.
  const result = askedFrom(context.clientIp, () =>
    registerForEvent({
      eventId: event.id,
      email,
      lang,
      participationTypeId: type.id,
      invitationToken: token,
      details: { ...details, governmentDelegate: governmentDelegate === "on" },
    }),
  );
  if (result.outcome !== "registered" && result.outcome !== "resent") {
    const failure = registerFailure(result.outcome, lang, keptValues(s.form));
    return data(failure.body, { status: failure.status });
  }
  return redirect(`/${lang}/events/${event.slug}/registered`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function InvitationForm() {
  const { t } = useTranslation();
  const { event, typeName, email, used, countries } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container narrow">
      <h1>{t("participation.invitationTitle")}</h1>
      <p>
        <T picked={event.title} as="span" /> · {event.when}
      </p>
      <p>
        {t("labelValue", { label: t("participation.label"), value: "" })}
        <T picked={typeName} />
      </p>
      {used ? (
        <p className="alert alert-info" role="status">
          {t("participation.invitationUsed")}
        </p>
      ) : null}
      <SafeForm honeypot className="stack" noValidate aria-labelledby="invitation-heading">
        <h2 id="invitation-heading">{t("events.registration")}</h2>
        <FormError failure={failure} />
        <Field
          name="email"
          type="email"
          label={t("register.email")}
          defaultValue={email}
          hint={t("participation.invitedAddress")}
          failure={failure}
          dir="ltr"
          readOnly
        />
        <RegistrationFields failure={failure} values={failure?.values} countries={countries} />
        <RegistrationConsent askDelegate={event.delegatesNeedFocalPoint} failure={failure} />
        <button type="submit" className="button">
          {t("register.submit")}
        </button>
      </SafeForm>
    </div>
  );
}
