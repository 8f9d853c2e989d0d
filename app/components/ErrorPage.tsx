import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";

/**
 * What an error page says, by status. The routes' meta does not run for an error page: its title is
 * written here (a <title> in the body still names the document), so a 404 or 403 is not an untitled page.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 429 ? "rateLimited" : status === 409 ? "conflict" : "serverError";
  return (
    <>
      <title>{t("brand.documentTitle", { page: t(`errorPage.${key}.title`), site: t("brand.siteTitle") })}</title>
      <div className="container narrow">
        <h1>{t(`errorPage.${key}.title`)}</h1>
        <p>{t(`errorPage.${key}.body`)}</p>
        <p className="muted">{t("errorPage.status", { status })}</p>
      </div>
    </>
  );
}
