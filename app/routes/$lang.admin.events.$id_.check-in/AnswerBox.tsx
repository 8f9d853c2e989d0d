import { useTranslation } from "~/utils/use-translation";
import type { CheckInAnswer } from "./answer.server";

/** The desk's answer: who it is, how they take part, any accessibility need, and what happened. */
export function AnswerBox({ answer }: { answer: CheckInAnswer }) {
  const { t } = useTranslation("admin");
  return (
    <div className={`check-in-answer is-${answer.tone}`} data-testid="check-in-answer" data-outcome={answer.outcome}>
      <p>
        <strong>{answer.message}</strong>
      </p>
      {answer.person ? (
        <dl className="facts">
          <dt>{t("checkIn.name")}</dt>
          <dd data-testid="check-in-name">
            <bdi>{answer.person.name}</bdi>
          </dd>
          {answer.person.organisation ? (
            <>
              <dt>{t("checkIn.organisation")}</dt>
              <dd>
                <bdi>{answer.person.organisation}</bdi>
              </dd>
            </>
          ) : null}
          <dt>{t("checkIn.participation")}</dt>
          <dd>{answer.person.seat}</dd>
          <dt>{t("checkIn.accessibility")}</dt>
          <dd>{answer.person.accessibilityNeeds ? <bdi>{answer.person.accessibilityNeeds}</bdi> : t("checkIn.noAccessibility")}</dd>
        </dl>
      ) : null}
    </div>
  );
}
