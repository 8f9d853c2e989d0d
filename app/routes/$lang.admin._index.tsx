import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { requireStaff } from "~/auth/staff.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang);
  return { user, lang, meta: metaFor(lang, getT(lang, "admin")("dashboard.title")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Dashboard() {
  const { user, lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const canEdit = user.role === "admin" || user.role === "editor";
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      <p>{t("dashboard.welcome", { name: user.name })}</p>
      <ul>
        {canEdit ? (
          <>
            <li>
              <a href={`/${lang}/admin/events`}>{t("layout.events")}</a>
            </li>
            <li>
              <a href={`/${lang}/admin/content`}>{t("layout.content")}</a>
            </li>
          </>
        ) : null}
        {user.role === "admin" ? (
          <li>
            <a href={`/${lang}/admin/outbox`}>{t("layout.outbox")}</a>
          </li>
        ) : null}
      </ul>
    </>
  );
}
