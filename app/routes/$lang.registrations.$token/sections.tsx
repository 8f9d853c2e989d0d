import { FormError, SafeForm, type FailureData } from "~/components/forms";
import type { registrationStatuses } from "~/models/registration-types";
import { useTranslation } from "~/utils/use-translation";

/** Until the address is proven the registration does not count: one press proves it. */
export function VerifyBox({ heldUntil, failure }: { heldUntil: string | null; failure: FailureData | null | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="verify" className="register-box">
      <h2 id="verify">{t("manage.verifyHeading")}</h2>
      <p>{t("manage.verifyBody")}</p>
      {heldUntil ? <p data-testid="held-until">{t("manage.verifyHeld", { time: heldUntil })}</p> : null}
      <SafeForm>
        <FormError failure={failure} />
        <input type="hidden" name="intent" value="verify" />
        <button type="submit" className="button">
          {t("manage.verifyButton")}
        </button>
      </SafeForm>
    </section>
  );
}

/** The registration's facts: status, participation type, place on the waiting list, address. */
export function RegistrationFacts({
  r,
}: {
  r: { status: (typeof registrationStatuses)[number]; awaitsFocalPoint: boolean; participationType: string | null; position: string | null; email: string };
}) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t("manage.status")}</dt>
      <dd data-testid="registration-status">{r.awaitsFocalPoint ? t("registrationStatus.pendingFocalPoint") : t(`registrationStatus.${r.status}`)}</dd>
      {r.participationType ? (
        <>
          <dt>{t("participation.label")}</dt>
          <dd data-testid="participation-type">
            <bdi>{r.participationType}</bdi>
          </dd>
        </>
      ) : null}
      {r.position ? (
        <>
          <dt>{t("manage.position")}</dt>
          <dd data-testid="waiting-position">{r.position}</dd>
        </>
      ) : null}
      <dt>{t("register.email")}</dt>
      <dd>
        <span dir="ltr">{r.email}</span>
      </dd>
    </dl>
  );
}

/** Cancelling gives the seat away: a first click only asks (a GET, so it works without JavaScript). */
export function CancelSection({ manage, asked, freesSeat }: { manage: string; asked: boolean; freesSeat: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cancel" className="register-box">
      <h2 id="cancel">{t("manage.cancelHeading")}</h2>
      <p>{t("manage.cancelBody")}</p>
      {asked ? (
        <div className="alert alert-error" role="alert">
          <p>{t(freesSeat ? "manage.cancelConfirm" : "manage.cancelQuestion")}</p>
          <SafeForm className="inline-form">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="button">
              {t("manage.cancelYes")}
            </button>
            <a href={manage}>{t("manage.cancelKeep")}</a>
          </SafeForm>
        </div>
      ) : (
        <a className="button button-secondary" href={`${manage}?confirm=cancel#cancel`}>
          {t("manage.cancel")}
        </a>
      )}
    </section>
  );
}

/** Erasing: a second step shows the delete button only after asking for it, and it cannot be undone. */
export function EraseSection({ manage, asked }: { manage: string; asked: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="erase" className="register-box">
      <h2 id="erase">{t("manage.eraseHeading")}</h2>
      <p>{t("manage.eraseBody")}</p>
      {asked ? (
        <SafeForm>
          <p role="alert">{t("manage.eraseConfirmBody")}</p>
          <input type="hidden" name="intent" value="erase" />
          <div className="actions">
            <button type="submit" className="button button-danger">
              {t("manage.eraseConfirm")}
            </button>{" "}
            <a href={manage}>{t("manage.eraseKeep")}</a>
          </div>
        </SafeForm>
      ) : (
        <a className="button button-secondary" href={`${manage}?erase=confirm#erase`}>
          {t("manage.eraseAsk")}
        </a>
      )}
    </section>
  );
}
