import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { declarationCards } from "~/models/declarations.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";

export const handle = samePageThroughRegistrations;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  return {
    lang,
    meta: metaFor(lang, t("declarations.title"), t("declarations.description")),
    declarations: declarationCards(lang),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Declarations() {
  const { t } = useTranslation();
  const { lang, declarations } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("declarations.title")}</h1>
      <p className="lead">{t("declarations.description")}</p>
      <ul className="plain-list">
        {declarations.map((d) => (
          <li key={d.slug} className="card">
            <p className="card-meta">
              {d.cop} · <T picked={d.copPlace} />
            </p>
            <h2>
              <a href={`/${lang}/declarations/${d.slug}`}>
                <T picked={d.title} />
              </a>
            </h2>
            <T picked={d.summary} as="p" />
            <p>
              {t("declarations.endorsementCount", { count: d.count })} · {d.open ? t("declarations.open") : t("declarations.closed")}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
