import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langParam } from "~/utils/lang.server";
import { getT } from "~/utils/i18n.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  return { meta: metaFor(lang, t("brand.name"), t("brand.description")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Home() {
  const { t } = useTranslation();
  useLoaderData<typeof loader>();
  return (
    <div className="container">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
      </section>
    </div>
  );
}
