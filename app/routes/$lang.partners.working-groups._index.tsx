import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Badge, T } from "~/components/content";
import { membershipsOfOrganisation } from "~/models/working-group-desk.server";
import { publishedWorkingGroupNames } from "~/models/working-groups.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { requirePartner } from "~/auth/partner.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { org } = requirePartner(request, lang);
  const mine = new Map(membershipsOfOrganisation(org.id).map((m) => [m.group.id, m.membership] as const));
  return data(
    {
      lang,
      groups: publishedWorkingGroupNames().map((g) => {
        const m = mine.get(g.id);
        return {
          slug: g.slug,
          name: pickTranslation(g.name, lang),
          state: !m ? null : m.status === "accepted" && m.role === "co-lead" ? ("co-lead" as const) : m.status,
        };
      }),
      meta: metaFor(lang, getT(lang)("wgJoin.ourGroups")),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function PartnerWorkingGroups() {
  const { t } = useTranslation();
  const { lang, groups } = useLoaderData<typeof loader>();
  return (
    <div className="container narrow">
      <h1>{t("wgJoin.ourGroups")}</h1>
      <p>{t("wgJoin.listIntro")}</p>
      <ul className="plain-list">
        {groups.map((g) => (
          <li key={g.slug} className="card">
            <a href={`/${lang}/partners/working-groups/${g.slug}`}>
              <T picked={g.name} />
            </a>{" "}
            {g.state ? <Badge>{t(`wgJoin.state.${g.state}`)}</Badge> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
