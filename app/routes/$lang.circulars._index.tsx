import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { circularDesignation, circularOrigin } from "~/utils/circular-designation";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Pagination, T } from "~/components/content";
import { listPublishedCirculars } from "~/models/circulars.server";
import { formatCalendarDate } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { PageNumber } from "~/routes/$lang.events._index/query.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";

export const handle = samePageThroughRegistrations;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const page = PageNumber.parse(new URL(request.url).searchParams.get("page") ?? 1);
  const result = listPublishedCirculars(page);
  return {
    lang,
    page,
    pages: result.pages,
    circulars: result.items.map((c) => ({
      slug: c.slug,
      reference: c.reference,
      office: c.office,
      issued: formatCalendarDate(lang, c.issuedOn),
      issuedOn: c.issuedOn,
      subject: pickTranslation(c.subject, lang),
      origin: circularOrigin(c.subject, c.originalLang, lang),
    })),
    meta: metaFor(lang, t("circulars.title"), t("circulars.description")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Circulars() {
  const { t } = useTranslation();
  const { lang, circulars, page, pages } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("circulars.title")}</h1>
      <p className="lead">{t("circulars.description")}</p>
      <ul className="plain-list">
        {circulars.map((c) => (
          <li key={c.slug} className="card">
            <p className="card-meta">
              <span>{circularDesignation(c.reference, t)}</span> · <span>{t(`office.${c.office}`)}</span> · <time dateTime={c.issuedOn}>{c.issued}</time>
            </p>
            <h2>
              <a href={`/${lang}/circulars/${c.slug}`}>
                <T picked={c.subject} />
              </a>
            </h2>
            <p className="muted">{t(c.origin.key, { language: c.origin.language })}</p>
          </li>
        ))}
      </ul>
      <Pagination page={page} pages={pages} hrefFor={(p) => `/${lang}/circulars?page=${p}`} />
      <p className="feeds">
        <a href={`/${lang}/circulars.atom`}>{t("circulars.feed")}</a>
      </p>
    </div>
  );
}
