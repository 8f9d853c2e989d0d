import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { PillarList } from "~/components/PillarList";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { pillarViews } from "~/routes/$lang.pillars._index/view.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";

export const handle = samePageThroughRegistrations;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  return { pillars: pillarViews(lang), meta: metaFor(lang, t("pillars.title"), t("pillars.description")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Pillars() {
  const { t } = useTranslation();
  const { pillars } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("pillars.title")}</h1>
      <p className="lead">{t("pillars.description")}</p>
      <PillarList pillars={pillars} />
    </div>
  );
}
