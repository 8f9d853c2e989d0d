import { useTranslation } from "~/utils/use-translation";

/** On a registrant's own page: how their visa support letter stands, or the way to ask for one. Never the passport details. */
export function VisaLetterBox(props: {
  lang: string;
  token: string;
  may: boolean;
  state: { status: "requested" | "approved" | "refused"; reason: string | null } | null;
}) {
  const { t } = useTranslation();
  if (!props.state && !props.may) return null;
  return (
    <section aria-labelledby="visa" className="register-box">
      <h2 id="visa">{t("visa.heading")}</h2>
      {props.state ? (
        <>
          <p data-testid="visa-status">{t(`visa.state.${props.state.status}`)}</p>
          {props.state.reason ? <p dir="auto">{t("labelValue", { label: t("visa.reason"), value: props.state.reason })}</p> : null}
        </>
      ) : (
        <>
          <p>{t("visa.intro")}</p>
          <a className="button button-secondary" href={`/${props.lang}/registrations/${props.token}/visa`}>
            {t("visa.ask")}
          </a>
        </>
      )}
    </section>
  );
}
