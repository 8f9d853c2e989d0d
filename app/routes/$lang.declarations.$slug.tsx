import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FallbackNotice, LongText, T } from "~/components/content";
import { getPublicDeclaration, isEndorsementOpen } from "~/models/declarations.server";
import { formatDate, formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const d = getPublicDeclaration(params.slug ?? "");
  if (!d) throw new Response("Not Found", { status: 404 });
  const title = pickTranslation(d.title, lang);
  const summary = pickTranslation(d.summary, lang);
  return {
    lang,
    meta: metaFor(lang, title.text, summary.text),
    declaration: {
      slug: d.slug,
      title,
      summary,
      body: pickTranslation(d.body, lang),
      cop: d.cop,
      copPlace: pickTranslation(d.copPlace, lang),
      open: isEndorsementOpen(d),
      opensOn: d.endorsementOpensAt ? formatDate(lang, d.endorsementOpensAt) : null,
      closesOn: d.endorsementClosesAt ? formatDate(lang, d.endorsementClosesAt) : null,
      count: formatNumber(lang, d.endorsementCount),
      circular: d.circular,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function DeclarationPage() {
  const { t } = useTranslation();
  const { lang, declaration: d } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/declarations`}>{t("nav.declarations")}</a> › {d.cop}
      </p>
      <T picked={d.title} as="h1" />
      <T picked={d.summary} as="p" className="lead" />
      <dl className="facts">
        <dt>{t("declarations.cop")}</dt>
        <dd>
          {d.cop}, <T picked={d.copPlace} />
        </dd>
        <dt>{t("declarations.endorsements")}</dt>
        <dd data-testid="endorsement-count">{d.count}</dd>
        {d.circular ? (
          <>
            <dt>{t("declarations.announcedBy")}</dt>
            <dd>
              <a href={`/${lang}/circulars/${d.circular.slug}`}>{d.circular.reference}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="full-text">
        <h2 id="full-text">{t("declarations.fullText")}</h2>
        <FallbackNotice picked={d.body} />
        <LongText picked={d.body} headingLevel={3} />
      </section>
      <section id="endorse" aria-labelledby="endorse-heading" className="register-box">
        <h2 id="endorse-heading">{t("declarations.endorseHeading")}</h2>
        <p>
          {d.open
            ? t("declarations.endorseOpen", { date: d.opensOn })
            : d.closesOn
              ? t("declarations.endorseClosed", { date: d.closesOn })
              : t("declarations.endorseNotYet")}
        </p>
      </section>
    </div>
  );
}
