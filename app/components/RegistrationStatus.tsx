import { useTranslation } from "~/utils/use-translation";
import type { RegistrationState } from "~/models/events.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import type { Lang } from "~/utils/i18n";

/**
 * The date and the number a state shows, written by the server's Intl in the loader: the browser's
 * Intl (another ICU) may write them differently — French "à" or a comma before the hour — and a
 * page that differs from the server's is thrown away and drawn again, losing what was typed.
 */
export type StateFigures = { date: string | null; seatsLeft: string | null };

export function stateFigures(state: RegistrationState, lang: Lang, timeZone: string): StateFigures {
  if (state.kind === "opens") return { date: formatDateTime(lang, state.at, timeZone), seatsLeft: null };
  if (state.kind !== "open") return { date: null, seatsLeft: null };
  return {
    date: state.closesAt ? formatDateTime(lang, state.closesAt, timeZone) : null,
    seatsLeft: state.seatsLeft === null ? null : formatNumber(lang, state.seatsLeft),
  };
}

/** The registration state in words: opens on…, open, full (waiting list), closed, took place. */
export function RegistrationStatus({ state, figures, requiresApproval }: { state: RegistrationState; figures: StateFigures; requiresApproval: boolean }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case "opens":
      return <p className="registration-state">{t("registration.long.opens", { date: figures.date ?? "" })}</p>;
    case "open":
      return (
        <>
          <p className="registration-state">{figures.date ? t("registration.long.open", { date: figures.date }) : t("registration.short.open")}</p>
          {figures.seatsLeft !== null ? <p>{t("registration.seatsLeft", { count: figures.seatsLeft })}</p> : null}
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
