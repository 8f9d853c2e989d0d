import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PillarList } from "~/components/PillarList";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { pillarViews } from "~/utils/pillar-view.server";

/** Until partners can pledge on the portal, this page explains pledges and the pillars they fall under. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  return { lang, pillars: pillarViews(lang), meta: metaFor(lang, t("pledges.title"), t("pledges.description")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Pledges() {
  const { t } = useTranslation();
  const { lang, pillars } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("pledges.title")}</h1>
      <p className="lead">{t("pledges.description")}</p>
      <p className="alert alert-info">{t("pledges.comingSoon")}</p>
      <p>
        <a className="button" href={`/${lang}/partners/join`}>
          {t("pledges.join")}
        </a>{" "}
        <a href={`/${lang}/partners/sign-in`}>{t("pledges.signIn")}</a>
      </p>
      <PillarList pillars={pillars} />
    </div>
  );
}
