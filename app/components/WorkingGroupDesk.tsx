import { useTranslation } from "~/utils/use-translation";
import { milestoneStatuses } from "~/models/working-group-types";
import type { Lang } from "~/utils/i18n";
import { Badge } from "./content";
import { FormError, IntentButton, SafeForm, SelectField } from "./forms";
import { FlashNotice, noticesUnder } from "./FlashNotice";
import { MilestoneForm, type Failure, type Milestone } from "./MilestoneForm";
import { PostedUpdates, UpdateForm, type PostedUpdate } from "./UpdateForm";

export type DeskProps = {
  lang: Lang;
  failure: Failure;
  desk: {
    requests: { membershipId: number; organisation: string; country: string; message: string | null; at: string }[];
    members: { membershipId: number; organisation: string; country: string; role: string }[];
    milestones: Milestone[];
    updates: PostedUpdate[];
  };
  /** The secretariat's extra powers: appoint co-leads and remove members. */
  secretariat?: { appointable: { id: number; name: string }[] };
};

const notices = ["decided", "milestoneSaved", "milestoneDeleted", "updatePosted", "updateCorrected", "updateWithdrawn", "appointed", "removed"] as const;

/** A working group's desk, the same for its co-leads and for the secretariat. */
export function WorkingGroupDesk({ lang, failure, desk, secretariat }: DeskProps) {
  const { t } = useTranslation();
  const failureFor = (intent: string, milestoneId = "") =>
    failure?.intent === intent && (intent !== "milestone" || (failure.milestoneId ?? "") === milestoneId) ? failure : null;
  const unplaced = failure && !["milestone", "update", "correct-update"].includes(failure.intent ?? "") ? failure : null;
  return (
    <>
      <FlashNotice notices={noticesUnder("wgDesk.notice", notices)} failed={failure} />
      <FormError failure={unplaced} />

      <section aria-labelledby="desk-requests">
        <h2 id="desk-requests">{t("wgDesk.requests")}</h2>
        {desk.requests.length === 0 ? <p>{t("wgDesk.noRequests")}</p> : null}
        <ul className="plain-list">
          {desk.requests.map((r) => (
            <li key={r.membershipId} className="card">
              <h3 dir="auto">{r.organisation}</h3>
              <p className="card-meta">
                {r.country} · {r.at}
              </p>
              {r.message ? (
                <blockquote className="statement" dir="auto">
                  {r.message}
                </blockquote>
              ) : null}
              <div className="admin-bar">
                {(["accepted", "declined"] as const).map((decision) => (
                  <IntentButton
                    key={decision}
                    intent="decide"
                    values={{ membershipId: r.membershipId, decision }}
                    label={
                      <>
                        {t(`wgDesk.${decision}`)}
                        {t("dash")}
                        <bdi>{r.organisation}</bdi>
                      </>
                    }
                    secondary={decision === "declined"}
                  />
                ))}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="desk-milestones">
        <h2 id="desk-milestones">{t("workingGroups.milestones")}</h2>
        {desk.milestones.map((m) => {
          const failed = failureFor("milestone", String(m.id));
          return (
            <div key={m.id} className="card">
              {/* The everyday change, marking progress, in one line; the rest folded away. */}
              <SafeForm className="quick-status">
                <fieldset>
                  <legend lang={m.lang} dir="auto">
                    {m.title}
                  </legend>
                  <p className="card-meta">
                    {t("workingGroups.dueOn", { date: m.due })}{" "}
                    <Badge tone={m.effective === "delayed" ? "warning" : "neutral"}>{t(`milestoneStatus.${m.effective}`)}</Badge>
                  </p>
                  <input type="hidden" name="intent" value="milestone-status" />
                  <input type="hidden" name="milestoneId" value={m.id} />
                  <SelectField
                    name="status"
                    label={t("wgDesk.status")}
                    defaultValue={m.status}
                    options={milestoneStatuses.map((s) => ({ value: s, label: t(`milestoneStatus.${s}`) }))}
                  />
                  <button type="submit" className="button">
                    {t("wgDesk.saveMilestone")}
                    {t("dash")}
                    <bdi lang={m.lang}>{m.title}</bdi>
                  </button>
                </fieldset>
              </SafeForm>
              <details open={Boolean(failed)}>
                <summary>
                  {t("wgDesk.editMilestone")}
                  {t("dash")}
                  <bdi lang={m.lang}>{m.title}</bdi>
                </summary>
                <MilestoneForm lang={lang} milestone={m} failure={failed} />
                <IntentButton
                  intent="delete-milestone"
                  values={{ milestoneId: m.id }}
                  label={
                    <>
                      {t("wgDesk.deleteMilestone")}
                      {t("dash")}
                      <bdi lang={m.lang}>{m.title}</bdi>
                    </>
                  }
                  secondary
                />
              </details>
            </div>
          );
        })}
        <div className="card">
          <MilestoneForm lang={lang} failure={failureFor("milestone")} />
        </div>
      </section>

      <section aria-labelledby="desk-update">
        <h2 id="desk-update">{t("wgDesk.postUpdate")}</h2>
        <UpdateForm lang={lang} failure={failureFor("update")} />
        <PostedUpdates lang={lang} updates={desk.updates} failure={failure} />
      </section>

      <section aria-labelledby="desk-members">
        <h2 id="desk-members">{t("workingGroups.members")}</h2>
        {desk.members.length === 0 ? <p>{t("workingGroups.noMembers")}</p> : null}
        <ul className="plain-list">
          {desk.members.map((m) => (
            <li key={m.membershipId} className="admin-bar">
              <span>
                <bdi>{m.organisation}</bdi> · {m.country} {m.role === "co-lead" ? <Badge>{t("workingGroups.coLead")}</Badge> : null}
              </span>
              {secretariat ? (
                <IntentButton
                  intent="remove"
                  values={{ membershipId: m.membershipId }}
                  label={
                    <>
                      {t("wgDesk.remove")}
                      {t("dash")}
                      <bdi>{m.organisation}</bdi>
                    </>
                  }
                  secondary
                />
              ) : null}
            </li>
          ))}
        </ul>
        {secretariat && secretariat.appointable.length ? (
          <SafeForm className="stack">
            <input type="hidden" name="intent" value="appoint" />
            <SelectField
              name="organisationId"
              label={t("wgDesk.appointLabel")}
              options={secretariat.appointable.map((o) => ({ value: String(o.id), label: o.name }))}
            />
            <button type="submit" className="button">
              {t("wgDesk.appoint")}
            </button>
          </SafeForm>
        ) : null}
      </section>
    </>
  );
}
