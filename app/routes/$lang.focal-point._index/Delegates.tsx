import { InParentheses } from "~/components/content";
import { SafeForm } from "~/components/forms";
import { useTranslation } from "~/utils/use-translation";
import { DataTable } from "~/components/DataTable";
import type { DelegateEvent } from "./view.server";

/** Approve or decline a delegate (or reverse an earlier decision), with an optional note the registrant reads. */
function DecisionForm({ d }: { d: DelegateEvent["delegates"][number] }) {
  const { t } = useTranslation();
  return (
    <SafeForm className="stack">
      <input type="hidden" name="id" value={d.id} />
      <div className="field">
        <label htmlFor={`dnote-${d.id}`}>{t("focalPoint.note")}</label>
        <textarea id={`dnote-${d.id}`} name="note" rows={2} maxLength={1000} />
      </div>
      <div className="actions">
        {d.offers.includes("approve") ? (
          <button type="submit" name="intent" value="approve" className="button button-small">
            {t("focalPoint.approveOf", { name: d.name })}
          </button>
        ) : null}{" "}
        {d.offers.includes("decline") ? (
          <button type="submit" name="intent" value="decline" className="button button-small button-secondary">
            {t("focalPoint.declineOf", { name: d.name })}
          </button>
        ) : null}
      </div>
    </SafeForm>
  );
}

/** The focal point's delegates per event, each pending one with approve / decline and an optional note. */
export function Delegates({ lang, events }: { lang: string; events: DelegateEvent[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="delegates-heading">
      <h2 id="delegates-heading">{t("focalPoint.delegates")}</h2>
      {events.length === 0 ? <p>{t("focalPoint.noDelegates")}</p> : null}
      {events.length > 0 ? (
        <p>
          <a href={`/${lang}/focal-point/delegates.csv`}>{t("focalPoint.delegatesCsv")}</a>
        </p>
      ) : null}
      {events.map((e) => (
        <div key={e.slug} data-event={e.slug}>
          <DataTable
            caption={
              <>
                <span lang={e.title.lang}>{e.title.text}</span>
                <InParentheses>{e.date}</InParentheses>
              </>
            }
            rows={e.delegates}
            rowKey={(d) => d.id}
            stackOnPhone
            rowProps={(d) => ({ "data-registration": d.id })}
            columns={[
              {
                header: t("focalPoint.delegate"),
                rowHeader: true,
                cell: (d) => (
                  <>
                    <bdi>{d.name}</bdi>
                    <br />
                    <span dir="ltr">{d.email}</span>
                  </>
                ),
              },
              {
                header: t("register.organisation"),
                cell: (d) => (
                  <>
                    <bdi>{d.organisation}</bdi>
                    {t("comma")}
                    <bdi>{d.jobTitle}</bdi>
                  </>
                ),
              },
              { header: t("focalPoint.status"), cell: (d) => d.status },
              { header: t("focalPoint.decision"), cell: (d) => (d.offers.length > 0 ? <DecisionForm d={d} /> : "—") },
            ]}
          />
        </div>
      ))}
    </section>
  );
}
