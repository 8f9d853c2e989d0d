import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "~/utils/use-translation";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

/** Where a registrant lands after deleting their registration: nothing of theirs is left to show. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  return { meta: metaFor(lang, getT(lang)("manage.erasedTitle")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function RegistrationDeleted() {
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <h1>{t("manage.erasedTitle")}</h1>
      <p role="status">{t("manage.erasedBody")}</p>
    </div>
  );
}
