import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { ChangeHistory } from "~/components/editing";
import { WorkingGroupDesk } from "~/components/WorkingGroupDesk";
import { historyFor } from "~/models/audit.server";
import { appointableOrganisations, workingGroupById } from "~/models/working-group-desk.server";
import { requireStaff } from "~/auth/staff.server";
import { pickTranslation } from "~/utils/i18n";
import { formatDateTime } from "~/utils/format";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { applyDeskAction, deskView } from "~/routes/$lang.admin.working-groups.$id/form.server";
import { notFound } from "~/utils/http.server";
import { organisationNameIn } from "~/utils/organisers.server";

function groupFor(id: string | undefined) {
  const group = workingGroupById(Number(id) || 0);
  if (!group) throw notFound();
  return group;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang);
  const group = groupFor(params.id);
  const name = pickTranslation(group.name, lang);
  return {
    lang,
    slug: group.slug,
    name,
    desk: deskView(group.id, lang),
    // ITU as the page's language names it, and the list in that language's order.
    appointable: appointableOrganisations(group.id)
      .map((o) => ({ ...o, name: organisationNameIn(lang, o.name) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
    // The secretariat's and the co-leads' changes to the group, newest first.
    history: historyFor("working-group", group.id).map((h) => ({ ...h, at: formatDateTime(lang, h.at) })),
    meta: metaFor(lang, name.text),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang);
  const group = groupFor(params.id);
  const outcome = await applyDeskAction({ request, context, lang, groupId: group.id, actor: { kind: "staff", staffUserId: user.id } });
  if (!outcome.ok) return data(outcome.failure, { status: outcome.status });
  return redirect(`/${lang}/admin/working-groups/${group.id}?done=${outcome.notice}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminWorkingGroup() {
  const { t } = useTranslation("admin");
  const { lang, slug, name, desk, appointable, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <>
      <p>
        <a href={`/${lang}/admin/working-groups`}>{t("workingGroups.title")}</a> ·{" "}
        <a href={`/${lang}/working-groups/${slug}`}>{t("workingGroups.publicPage")}</a>
      </p>
      <T picked={name} as="h1" />
      <WorkingGroupDesk lang={lang} desk={desk} failure={failure} secretariat={{ appointable }} />
      <ChangeHistory history={history} />
    </>
  );
}
