import { useTranslation } from "~/utils/use-translation";
import { Field, SafeForm } from "./forms";

/** What the secretariat may decide on a partner's submission in review (a pledge, a disclosure). */
export const moderationDecisions = ["publish", "request-changes", "reject"] as const;

/** The reviewer's form under a submission: a comment the partner will read, and one button a decision. */
export function ModerationForm({ id, seen }: { id: number; seen: number }) {
  const { t } = useTranslation("admin");
  return (
    <SafeForm className="stack">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="seen" value={seen} />
      <Field name="comment" label={t("pledges.comment")} hint={t("pledges.commentHint")} multiline maxLength={2000} />
      <div className="admin-bar">
        {moderationDecisions.map((d) => (
          <button key={d} type="submit" name="decision" value={d} className={d === "publish" ? "button" : "button button-secondary"}>
            {t(`pledges.${d}`)}
          </button>
        ))}
      </div>
    </SafeForm>
  );
}
