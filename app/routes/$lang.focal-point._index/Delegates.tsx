import { SafeForm } from "~/components/forms";
import { useTranslation } from "~/utils/use-translation";
import type { DelegateEvent } from "./view.server";

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
        <div key={e.slug} className="table-wrap" data-event={e.slug}>
          <table>
            <caption>
              <span lang={e.title.lang}>{e.title.text}</span> ({e.date})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("focalPoint.delegate")}</th>
                <th scope="col">{t("register.organisation")}</th>
                <th scope="col">{t("focalPoint.status")}</th>
                <th scope="col">{t("focalPoint.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {e.delegates.map((d) => (
                <tr key={d.id} data-registration={d.id}>
                  <th scope="row">
                    <bdi>{d.name}</bdi>
                    <br />
                    <span dir="ltr">{d.email}</span>
                  </th>
                  <td>
                    <bdi>{d.organisation}</bdi>, <bdi>{d.jobTitle}</bdi>
                  </td>
                  <td>{d.status}</td>
                  <td>
                    {d.pending ? (
                      <SafeForm className="stack">
                        <input type="hidden" name="id" value={d.id} />
                        <label htmlFor={`dnote-${d.id}`}>{t("focalPoint.note")}</label>
                        <textarea id={`dnote-${d.id}`} name="note" rows={2} maxLength={1000} />
                        <div className="actions">
                          <button type="submit" name="intent" value="approve" className="button button-small">
                            {t("focalPoint.approveOf", { name: d.name })}
                          </button>{" "}
                          <button type="submit" name="intent" value="decline" className="button button-small button-secondary">
                            {t("focalPoint.declineOf", { name: d.name })}
                          </button>
                        </div>
                      </SafeForm>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
