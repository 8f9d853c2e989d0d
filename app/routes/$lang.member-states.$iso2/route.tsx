import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Pagination } from "~/components/content";
import { getT } from "~/utils/i18n.server";
import { lowerCaseCountryAddress } from "~/utils/http.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageForEveryoneWithoutScripts } from "~/page-cache/handle";
import { memberStateView } from "./view.server";

export const handle = samePageForEveryoneWithoutScripts;

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = langParam(params);
  lowerCaseCountryAddress(request, params.iso2);
  const t = getT(lang);
  // Any page asked for is read as the nearest there is (pageOf).
  const view = memberStateView(lang, t, params.iso2, Number(new URL(request.url).searchParams.get("page")));
  if (!view) throw new Response("Not found", { status: 404 });
  return {
    lang,
    ...view,
    meta: metaFor(lang, view.name, t("memberStates.countryDescription", { country: view.name })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function MemberState() {
  const { t } = useTranslation();
  const { lang, code, name, region, endorsements, partners, partnerPage, partnerPages, disclosures, participation } = useLoaderData<typeof loader>();
  return (
    <div className="container" data-country={code}>
      <p className="card-meta">
        <a href={`/${lang}/member-states`}>{t("memberStates.title")}</a>
      </p>
      <h1>{name}</h1>
      <p className="lead">{t("labelValue", { label: t("memberStates.region"), value: region })}</p>

      <section aria-labelledby="ms-endorsements">
        <h2 id="ms-endorsements">{t("memberStates.endorsements")}</h2>
        {endorsements.length === 0 ? <p>{t("memberStates.noDeclarations")}</p> : <p data-testid="recorded-here">{t("memberStates.recordedHere")}</p>}
        <ul className="plain-list" data-testid="country-endorsements">
          {endorsements.map((e) => (
            <li key={e.slug} data-declaration={e.slug} data-endorsed={e.endorsed}>
              <a href={`/${lang}/declarations/${e.slug}`} lang={e.title.lang}>
                {e.title.text}
              </a>
              {t("colon")}
              {e.endorsed
                ? t("memberStates.endorsedOn", {
                    date: e.date,
                    method: e.verifiedBy,
                  })
                : t("memberStates.notRecordedInline")}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ms-partners">
        <h2 id="ms-partners">{t("memberStates.partners")}</h2>
        {partners.length === 0 ? <p>{t("memberStates.noPartners")}</p> : null}
        {partners.map((p) => (
          <article key={p.id} className="card">
            <h3>
              <bdi>{p.name}</bdi>
            </h3>
            <p className="card-meta">{p.type}</p>
            {p.pledges.length > 0 ? (
              <>
                <h4>{t("memberStates.pledges")}</h4>
                <ul>
                  {p.pledges.map((x) => (
                    <li key={x.id}>
                      <a href={`/${lang}/pledges/${x.id}`} lang={x.lang} dir="auto">
                        {x.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {p.workingGroups.length > 0 ? (
              <>
                <h4>{t("memberStates.workingGroups")}</h4>
                <ul>
                  {p.workingGroups.map((g) => (
                    <li key={g.slug}>
                      <a href={`/${lang}/working-groups/${g.slug}`} lang={g.name.lang}>
                        {g.name.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        ))}
        <Pagination page={partnerPage} pages={partnerPages} hrefFor={(p) => `/${lang}/member-states/${code.toLowerCase()}?page=${p}#ms-partners`} />
      </section>

      <section aria-labelledby="ms-disclosures">
        <h2 id="ms-disclosures">{t("memberStates.disclosures")}</h2>
        {disclosures.rows.length === 0 ? <p>{t("memberStates.noDisclosures")}</p> : null}
        <ul className="plain-list" data-testid="country-disclosures">
          {disclosures.rows.map((o) => (
            <li key={o.id}>
              <a href={`/${lang}/emissions/${o.id}`}>
                <bdi>{o.name}</bdi>
              </a>{" "}
              ({o.type}): {o.latest} · {o.assurance}
            </li>
          ))}
        </ul>
        {disclosures.more ? (
          <p>
            <a href={`/${lang}/emissions?country=${code}`}>{t("memberStates.allDisclosures", { country: name })}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="ms-events">
        <h2 id="ms-events">{t("memberStates.participation")}</h2>
        <p>{t("memberStates.participationNote")}</p>
        {participation.length === 0 ? <p>{t("memberStates.noParticipation")}</p> : null}
        <ul className="plain-list">
          {participation.map((e) => (
            <li key={e.slug}>
              <a href={`/${lang}/events/${e.slug}`} lang={e.title.lang}>
                {e.title.text}
              </a>{" "}
              ({e.date})
              <br />
              <span data-testid="participants">{e.people}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
