import { Field, FormError, SafeForm, type FailureData } from "~/components/forms";
import { SuccessNotice } from "~/components/FlashNotice";
import type { LinkState } from "~/models/sign-in-links.server";
import { useTranslation } from "~/utils/use-translation";

/**
 * The pages of the emailed sign-in link, for partners and focal points alike: asking for a link
 * (the same answer whether or not the address is known) and opening one.
 */
export function AskForLink({
  title,
  intro,
  sent,
  failure,
  next,
  signedOut,
  join,
}: {
  title: string;
  intro: string;
  sent: string | null;
  /** Said after a sign-out, which lands here. */
  signedOut?: boolean;
  failure?: FailureData | null;
  next?: string | null;
  /** Where an organisation that is not yet a partner asks to join (someone sent here from a working group's "ask to join"). */
  join?: { href: string; label: string };
}) {
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <h1>{title}</h1>
      {sent && !failure ? (
        <SuccessNotice text={sent} />
      ) : (
        <>
          {signedOut && !failure ? (
            <p className="alert alert-success" role="status">
              {t("partners.signedOut")}
            </p>
          ) : null}
          <p>{intro}</p>
          <SafeForm honeypot className="stack" noValidate>
            <FormError failure={failure} />
            {next ? <input type="hidden" name="next" value={next} /> : null}
            <Field name="email" type="email" label={t("register.email")} autoComplete="email" required maxLength={254} failure={failure} dir="ltr" />
            <button type="submit" className="button">
              {t("partners.sendLink")}
            </button>
          </SafeForm>
          {join ? (
            <p>
              <a href={join.href}>{join.label}</a>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

/** The page the emailed link opens: a button that signs in, or why the link no longer works and where to ask again. */
export function OpenLink({ title, state, askAgain }: { title: string; state: LinkState; askAgain: string }) {
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <h1>{title}</h1>
      {state === "ready" ? (
        <SafeForm>
          <button type="submit" className="button">
            {t("partners.signInButton")}
          </button>
        </SafeForm>
      ) : (
        <p className="alert alert-error" role="status">
          {t(`partners.link.${state}`)} <a href={askAgain}>{t("partners.sendLink")}</a>
        </p>
      )}
    </div>
  );
}

/** The sign-out button of an account signed in by email link (a partner's, a focal point's): posts intent "sign-out" to the page's own action. */
export function SignOutForm() {
  const { t } = useTranslation();
  return (
    <SafeForm className="sign-out">
      <input type="hidden" name="intent" value="sign-out" />
      <button type="submit" className="button button-secondary">
        {t("partners.signOut")}
      </button>
    </SafeForm>
  );
}
