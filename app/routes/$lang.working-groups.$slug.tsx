import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LongText, T } from "~/components/content";
import { getPublicWorkingGroup } from "~/models/working-groups.server";
import { pickTranslation } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const row = getPublicWorkingGroup(params.slug ?? "");
  if (!row) throw new Response("Not Found", { status: 404 });
  const name = pickTranslation(row.group.name, lang);
  const mandate = pickTranslation(row.group.mandate, lang);
  return {
    lang,
    meta: metaFor(lang, name.text, mandate.text),
    group: {
      name,
      mandate,
      status: row.group.status,
      leads: row.group.leadOrganisations,
      members: row.group.members,
      pillar: { slug: row.pillar.slug, title: pickTranslation(row.pillar.title, lang) },
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function WorkingGroupPage() {
  const { t } = useTranslation();
  const { lang, group } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/working-groups`}>{t("nav.workingGroups")}</a>
      </p>
      <T picked={group.name} as="h1" />
      <dl className="facts">
        <dt>{t("workingGroups.pillar")}</dt>
        <dd>
          <a href={`/${lang}/pillars/${group.pillar.slug}`}>
            <T picked={group.pillar.title} />
          </a>
        </dd>
        <dt>{t("workingGroups.status")}</dt>
        <dd>{t(`groupStatus.${group.status}`)}</dd>
        <dt>{t("workingGroups.leads")}</dt>
        <dd>{group.leads.join(", ")}</dd>
        <dt>{t("workingGroups.members")}</dt>
        <dd>{group.members.length ? group.members.join(", ") : t("workingGroups.noMembers")}</dd>
      </dl>
      <section aria-labelledby="mandate">
        <h2 id="mandate">{t("workingGroups.mandate")}</h2>
        <LongText picked={group.mandate} headingLevel={3} />
      </section>
    </div>
  );
}
