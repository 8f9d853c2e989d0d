import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { SafeForm } from "~/components/forms";
import { requireStaff } from "~/auth/staff.server";
import { langParam } from "~/utils/lang.server";
import { isolate } from "~/utils/bidi";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang);
  return { user, lang };
}

export default function AdminLayout() {
  const { user, lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <div className="container admin">
      <div className="admin-bar">
        <p>
          {t("layout.signedInAs", { name: isolate(user.name) })} · {t(`roles.${user.role}`)}
        </p>
        <SafeForm action={`/${lang}/admin/sign-out`}>
          <button type="submit" className="button button-secondary">
            {t("layout.signOut")}
          </button>
        </SafeForm>
      </div>
      <nav className="admin-nav" aria-label={t("layout.nav")}>
        <ul>
          <li>
            <NavLink to={`/${lang}/admin`} end>
              {t("layout.dashboard")}
            </NavLink>
          </li>
          {user.role === "admin" || user.role === "editor" ? (
            <li>
              <NavLink to={`/${lang}/admin/events`}>{t("layout.events")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" || user.role === "editor" ? (
            <li>
              <NavLink to={`/${lang}/admin/content`}>{t("layout.content")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" || user.role === "reviewer" ? (
            <li>
              <NavLink to={`/${lang}/admin/endorsements`}>{t("layout.endorsements")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" || user.role === "reviewer" ? (
            <li>
              <NavLink to={`/${lang}/admin/partners`}>{t("layout.partners")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" || user.role === "reviewer" ? (
            <li>
              <NavLink to={`/${lang}/admin/member-states`}>{t("layout.memberStates")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" || user.role === "reviewer" ? (
            <li>
              <NavLink to={`/${lang}/admin/pledges`}>{t("layout.pledges")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" || user.role === "reviewer" ? (
            <li>
              <NavLink to={`/${lang}/admin/disclosures`}>{t("disclosures.title")}</NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to={`/${lang}/admin/working-groups`}>{t("layout.workingGroups")}</NavLink>
          </li>
          {user.role === "admin" || user.role === "editor" ? (
            <li>
              <NavLink to={`/${lang}/admin/visa-letters`}>{t("visa.title")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" ? (
            <li>
              <NavLink to={`/${lang}/admin/outbox`}>{t("layout.outbox")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" ? (
            <li>
              <NavLink to={`/${lang}/admin/staff`}>{t("layout.accounts")}</NavLink>
            </li>
          ) : null}
          {user.role === "admin" ? (
            <li>
              <NavLink to={`/${lang}/admin/erasure`}>{t("layout.erasure")}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
