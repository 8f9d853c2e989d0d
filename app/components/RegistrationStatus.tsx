import { useTranslation } from "~/utils/use-translation";
import type { RegistrationState } from "~/models/events.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { useLang } from "~/utils/use-lang";

/** The registration state in words: opens on…, open, full (waiting list), closed, took place. */
export function RegistrationStatus({ state, timeZone, requiresApproval }: { state: RegistrationState; timeZone: string; requiresApproval: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (state.kind) {
    case "opens":
      return <p className="registration-state">{t("registration.long.opens", { date: formatDateTime(lang, state.at, timeZone) })}</p>;
    case "open":
      return (
        <>
          <p className="registration-state">
            {state.closesAt ? t("registration.long.open", { date: formatDateTime(lang, state.closesAt, timeZone) }) : t("registration.short.open")}
          </p>
          {state.seatsLeft !== null ? <p>{t("registration.seatsLeft", { count: formatNumber(lang, state.seatsLeft) })}</p> : null}
          {requiresApproval ? <p>{t("registration.approvalNeeded")}</p> : null}
        </>
      );
    case "external":
      return (
        <p className="registration-state">
          {t("registration.long.external")}{" "}
          <a href={state.contact} dir="ltr">
            {state.contact.replace(/^mailto:/, "")}
          </a>
        </p>
      );
    default:
      return <p className="registration-state">{t(`registration.long.${state.kind}`)}</p>;
  }
}
