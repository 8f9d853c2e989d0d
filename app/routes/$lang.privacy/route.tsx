import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { env } from "~/utils/env.server";
import { signSpace } from "~/utils/format";
import { useLang } from "~/utils/use-lang";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageForEveryoneWithoutScripts } from "~/page-cache/handle";
import { retentionPeriods } from "./periods.server";

export const handle = samePageForEveryoneWithoutScripts;

/** What each form collects, why, who sees it and for how long: the periods are the ones the scheduler applies. */
const FORMS = ["registration", "visaLetters", "endorsement", "partners", "emails"] as const;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const e = env();
  return {
    lang,
    periods: retentionPeriods(t, e),
    meta: metaFor(lang, t("privacy.title"), t("privacy.intro")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PrivacyNotice() {
  const { t } = useTranslation();
  const { periods } = useLoaderData<typeof loader>();
  const lang = useLang();
  return (
    <div className="container narrow prose">
      <h1>{t("privacy.title")}</h1>
      <p className="lead">{t("privacy.intro")}</p>
      <h2>{t("privacy.formsHeading")}</h2>
      {FORMS.map((form) => (
        <section key={form} aria-labelledby={`privacy-${form}`}>
          <h3 id={`privacy-${form}`}>{t(`privacy.${form}.heading`)}</h3>
          <dl className="facts">
            {(["collects", "why", "sees", "kept"] as const).map((part) => (
              <div key={part}>
                <dt>{t(`privacy.labels.${part}`)}</dt>
                <dd>{t(`privacy.${form}.${part}`, periods)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h2 id="rights">{t("privacy.rightsHeading")}</h2>
      <p>{t("privacy.rights")}</p>
      <p>{t("privacy.ownPage")}</p>
      <h2>{t("privacy.contactHeading")}</h2>
      <p>
        {t("privacy.contact")}
        {signSpace(lang)}
        <a href="mailto:green@itu.int" dir="ltr">
          green@itu.int
        </a>
      </p>
    </div>
  );
}
