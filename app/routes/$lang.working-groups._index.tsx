import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { ProgressMeter } from "~/components/ProgressMeter";
import { listPublishedWorkingGroups } from "~/models/working-group-list.server";
import { formatList, formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { progressView } from "~/models/working-group-view.server";
import { todayUtc } from "~/models/working-group-progress";
import { isolate } from "~/utils/bidi";
import { organisationNameIn } from "~/utils/organisers.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";

export const handle = samePageThroughRegistrations;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  return {
    lang,
    meta: metaFor(lang, t("workingGroups.title"), t("workingGroups.description")),
    // The same for every reader of a language until a write or the next day (milestones fall due by the day): kept that long (decision 016).
    groups: memoThroughRegistrations(`working-group-list-page:${lang}:${todayUtc(Date.now())}`, () => groupsIn(lang)),
  };
}

function groupsIn(lang: Lang) {
  return listPublishedWorkingGroups().map((g) => ({
    slug: g.slug,
    name: pickTranslation(g.name, lang),
    pillar: pickTranslation(g.pillarTitle, lang),
    pillarNumber: formatNumber(lang, g.pillarNumber),
    // The sources name no lead: until the secretariat appoints co-leads, the page says so.
    leads:
      formatList(
        lang,
        [...g.leadOrganisations, ...g.coLeads].map((n) => isolate(organisationNameIn(lang, n))),
      ) || null,
    members: formatNumber(lang, g.memberCount),
    status: g.status,
    progress: progressView(g, lang),
  }));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function WorkingGroups() {
  const { t } = useTranslation();
  const { lang, groups } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("workingGroups.title")}</h1>
      <p className="lead">{t("workingGroups.description")}</p>
      <ul className="plain-list">
        {groups.map((g) => (
          <li key={g.slug} className="card">
            <p className="card-meta">
              {t("pillars.label", { number: g.pillarNumber })} · <T picked={g.pillar} />
            </p>
            <h2>
              <a href={`/${lang}/working-groups/${g.slug}`}>
                <T picked={g.name} />
              </a>
            </h2>
            <p>
              {g.leads ? t("labelValue", { label: t("workingGroups.leads"), value: g.leads }) : t("workingGroups.leadsToBeAppointed")} ·{" "}
              {t(`groupStatus.${g.status}`)} · {t("workingGroups.memberCount", { n: g.members })}
            </p>
            <ProgressMeter label={t("workingGroups.milestones")} value={g.progress.milestones.value} text={g.progress.milestones.text} />
            <ProgressMeter label={t("workingGroups.memberPledges")} value={g.progress.pledges.value} text={g.progress.pledges.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}
