import { useTranslation } from "~/utils/use-translation";
import { endonym, languages, type Lang } from "~/utils/i18n";
import { Field, FormError, IntentButton, SafeForm, SelectField } from "./forms";
import type { Failure } from "./MilestoneForm";

export type PostedUpdate = { id: number; title: string; body: string; lang: string; at: string };

/** A working group's progress update, posted on its desk or corrected there (co-leads and the secretariat). */
export function UpdateForm({ lang, update: u, failure }: { lang: Lang; update?: PostedUpdate; failure: Failure }) {
  const { t } = useTranslation();
  return (
    <SafeForm className="stack" noValidate>
      <FormError failure={failure} />
      <input type="hidden" name="intent" value={u ? "correct-update" : "update"} />
      {u ? <input type="hidden" name="updateId" value={u.id} /> : null}
      {u ? <p>{t("wgDesk.correctionHint")}</p> : null}
      <Field name="title" label={t("wgDesk.updateTitle")} required maxLength={200} defaultValue={u?.title} failure={failure} />
      <Field
        name="body"
        label={t("wgDesk.updateBody")}
        hint={t("wgDesk.updateHint")}
        required
        multiline
        maxLength={5000}
        defaultValue={u?.body}
        failure={failure}
      />
      <SelectField
        name="lang"
        label={t("wgDesk.language")}
        defaultValue={u?.lang ?? lang}
        failure={failure}
        options={languages.map((l) => ({ value: l, label: endonym(l) }))}
      />
      <button type="submit" className="button">
        {u ? t("wgDesk.saveCorrection") : t("wgDesk.publishUpdate")}
      </button>
    </SafeForm>
  );
}

/** The updates already posted, each with its correction form (open when it came back with errors) and, behind it, a withdrawal. */
export function PostedUpdates({ lang, updates, failure }: { lang: Lang; updates: PostedUpdate[]; failure: Failure }) {
  const { t } = useTranslation();
  if (!updates.length) return null;
  return (
    <ul className="plain-list">
      {updates.map((u) => {
        const failed = failure?.intent === "correct-update" && failure.updateId === String(u.id) ? failure : null;
        const named = (action: "wgDesk.correctUpdate" | "wgDesk.withdrawUpdate") => (
          <>
            {t(action)}
            {t("dash")}
            <bdi lang={u.lang}>{u.title}</bdi>
          </>
        );
        return (
          <li key={u.id} className="card">
            <p>
              <bdi lang={u.lang}>{u.title}</bdi>
              {t("dash")}
              {u.at}
            </p>
            <details open={Boolean(failed)}>
              <summary>{named("wgDesk.correctUpdate")}</summary>
              <UpdateForm lang={lang} update={u} failure={failed} />
              <IntentButton intent="withdraw-update" values={{ updateId: u.id }} label={named("wgDesk.withdrawUpdate")} secondary />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
