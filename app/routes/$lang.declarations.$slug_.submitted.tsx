import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const toFocalPoint = new URL(request.url).searchParams.get("to") === "focal-point";
  return { lang, slug: params.slug ?? "", toFocalPoint, meta: metaFor(lang, getT(lang)("endorse.sentTitle")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function EndorsementSent() {
  const { t } = useTranslation();
  const { lang, slug, toFocalPoint } = useLoaderData<typeof loader>();
  return (
    <div className="container narrow">
      <h1>{t("endorse.sentTitle")}</h1>
      <p className="alert alert-success" role="status">
        {toFocalPoint ? t("endorse.sentBodyFocalPoint") : t("endorse.sentBody")}
      </p>
      <p>
        <a href={`/${lang}/declarations/${slug}`}>{t("endorse.back")}</a>
      </p>
    </div>
  );
}
