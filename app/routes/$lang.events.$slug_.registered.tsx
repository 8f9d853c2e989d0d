import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { getPublicEvent } from "~/models/events.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { notFound } from "~/utils/http.server";

/** After registering: the same words for a new and a repeated registration, so no one learns who is registered. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const event = getPublicEvent(params.slug ?? "");
  if (!event) throw notFound();
  return { lang, slug: event.slug, title: pickTranslation(event.title, lang), meta: metaFor(lang, getT(lang)("register.thanksTitle")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function Registered() {
  const { t } = useTranslation();
  const { lang, slug, title } = useLoaderData<typeof loader>();
  return (
    <div className="container narrow">
      <h1>{t("register.thanksTitle")}</h1>
      <p className="alert alert-success" role="status">
        {t("register.thanksBody")}
      </p>
      <p>
        <strong>{t("register.thanksConfirm")}</strong>
      </p>
      <p>{t("register.thanksSpam")}</p>
      <p>
        <a href={`/${lang}/events/${slug}`}>
          <T picked={title} />
        </a>
      </p>
    </div>
  );
}
