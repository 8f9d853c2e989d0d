import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { useTranslation } from "~/utils/use-translation";
import { SignOutForm } from "~/components/EmailLinkSignIn";
import { z } from "zod";
import { Badge } from "~/components/content";
import { Field, FormError, SafeForm } from "~/components/forms";
import { endPartnerSession, updateOrganisationProfile } from "~/models/partners.server";
import { pledgesOfOrganisation } from "~/models/pledges.server";
import { isolate } from "~/utils/bidi";
import { countryName } from "~/utils/country-options";
import { nameText, optionalWebUrl, parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { clearPartnerSessionCookie, partnerSessionToken, requirePartner } from "~/auth/partner.server";

const AccountAction = () =>
  z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("profile"),
      name: nameText(300),
      website: optionalWebUrl(300),
    }),
    z.object({ intent: z.literal("sign-out") }),
  ]);

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { user, org } = requirePartner(request, lang);
  return data(
    {
      user: { name: user.name, email: user.email },
      org: { name: org.name, proposedName: org.proposedName, type: org.type, country: countryName(lang, org.country), website: org.website ?? "" },
      lang,
      pledges: pledgesOfOrganisation(org.id).map((p) => ({ id: p.id, title: p.title, lang: p.lang, status: p.status, late: p.late })),
      meta: metaFor(lang, getT(lang)("partners.accountTitle")),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const { org } = requirePartner(request, lang);
  const s = await parseSubmission({ request, context, lang, schema: AccountAction(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (s.data.intent === "sign-out") {
    const token = partnerSessionToken(request);
    if (token) endPartnerSession(token);
    return redirect(`/${lang}/partners/sign-in?signed-out`, { headers: { "Set-Cookie": clearPartnerSessionCookie() } });
  }
  const { intent: _intent, ...profile } = s.data;
  const saved = updateOrganisationProfile(org.id, profile);
  return redirect(`/${lang}/partners/account?saved=${saved.renamePending ? "rename" : "1"}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function PartnerAccount() {
  const { t } = useTranslation();
  const { user, org, pledges, lang } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <div className="container narrow">
      <h1>{t("partners.accountTitle")}</h1>
      <p>{t("partners.signedInAs", { name: isolate(user.name), organisation: isolate(org.name) })}</p>
      <SuccessNotice text={search.get("saved") && !failure ? t(search.get("saved") === "rename" ? "partners.renamePending" : "partners.profileSaved") : null} />
      {org.proposedName ? (
        <p className="alert alert-info" data-testid="rename-pending">
          {t("partners.renameWaiting", { name: org.proposedName })}
        </p>
      ) : null}
      <section aria-labelledby="pledges">
        <h2 id="pledges">{t("pledgeForm.ours")}</h2>
        {pledges.length === 0 ? (
          <p>{t("pledgeForm.none")}</p>
        ) : (
          <ul>
            {pledges.map((p) => (
              <li key={p.id}>
                <a href={`/${lang}/partners/pledges/${p.id}`} lang={p.lang}>
                  <bdi>{p.title}</bdi>
                </a>{" "}
                — {t(`pledgeStatus.${p.status}`)}
                {p.late ? (
                  <>
                    {" "}
                    <Badge tone="warning">{t("progressStatus.late")}</Badge>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a className="button" href={`/${lang}/partners/pledges/new`}>
            {t("pledgeForm.newTitle")}
          </a>
        </p>
      </section>
      <p>
        <a href={`/${lang}/partners/working-groups`}>{t("wgJoin.ourGroups")}</a>
      </p>
      <p>
        <a href={`/${lang}/partners/disclosures`}>{t("emissions.partner.ours")}</a>
      </p>
      <section aria-labelledby="profile">
        <h2 id="profile">{t("partners.profile")}</h2>
        {/* The type and country place the organisation on a Member State's page and in the
            directories' filters: they stay as the secretariat accepted them. */}
        <dl className="facts" data-testid="accepted-facts">
          <dt>{t("register.organisationType")}</dt>
          <dd>{t(`organisationType.${org.type}`)}</dd>
          <dt>{t("register.country")}</dt>
          <dd>{org.country}</dd>
        </dl>
        {/* The sentence asks to write to the secretariat: its address follows, as in the footer. */}
        <p className="hint">
          {t("partners.factsByAcceptance")}{" "}
          <a href="mailto:green@itu.int" dir="ltr">
            green@itu.int
          </a>
        </p>
        <SafeForm className="stack" noValidate>
          <FormError failure={failure} />
          <input type="hidden" name="intent" value="profile" />
          <Field name="name" label={t("partners.organisationName")} required maxLength={300} defaultValue={org.proposedName ?? org.name} failure={failure} />
          <Field name="website" autoComplete="url" label={t("partners.website")} maxLength={300} defaultValue={org.website} failure={failure} dir="ltr" />
          <button type="submit" className="button">
            {t("manage.save")}
          </button>
        </SafeForm>
      </section>
      <SignOutForm />
    </div>
  );
}
