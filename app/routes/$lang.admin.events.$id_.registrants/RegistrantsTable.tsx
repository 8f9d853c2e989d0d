import { DataTable } from "~/components/DataTable";
import { SafeForm } from "~/components/forms";
import { isolate } from "~/utils/bidi";
import { useTranslation } from "~/utils/use-translation";
import type { DeskRegistrant } from "./view.server";

/** One decision on one registrant: a small POST form (the confirming click carries `confirmed`). */
export function Decide({ id, decision, label, back, confirmed = false }: { id: number; decision: string; label: string; back: string; confirmed?: boolean }) {
  return (
    <SafeForm>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="decision" value={decision} />
      <input type="hidden" name="back" value={back} />
      {confirmed ? <input type="hidden" name="confirmed" value="1" /> : null}
      <button type="submit" className={decision === "reject" ? "button button-small button-secondary" : "button button-small"}>
        {label}
      </button>
    </SafeForm>
  );
}

/** The desk's list: who registered, their status, and the decisions open to the secretariat for each. */
export function RegistrantsTable({ registrants, back }: { registrants: DeskRegistrant[]; back: string }) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const decide = (r: DeskRegistrant, decision: string, label: string) => <Decide key={decision} id={r.id} decision={decision} label={label} back={back} />;
  return (
    <DataTable
      caption={t("desk.list")}
      rows={registrants}
      rowKey={(r) => r.id}
      columns={[
        {
          header: t("desk.name"),
          cell: (r) => (
            <>
              <bdi>{r.name}</bdi>
              {r.accessibilityNeeds ? (
                <p className="muted" data-testid="accessibility-needs">
                  {tc("labelValue", { label: t("checkIn.accessibility"), value: isolate(r.accessibilityNeeds) })}
                </p>
              ) : null}
            </>
          ),
        },
        { header: t("desk.email"), cell: (r) => <span className="address">{r.email}</span>, dir: "ltr" },
        { header: tc("register.organisation"), cell: (r) => <bdi>{r.organisation}</bdi> },
        { header: tc("register.country"), cell: (r) => r.country },
        { header: t("types.type"), cell: (r) => <bdi>{r.type}</bdi> },
        {
          header: t("editor.status"),
          cell: (r) => r.statusText,
        },
        {
          header: t("desk.actions"),
          className: () => "actions",
          cell: (r) => (
            <>
              {/* A delegate still with their government's focal point is theirs to decide first. */}
              {r.maySeat && r.status === "pending" && !r.awaitsFocalPoint ? decide(r, "approve", t("desk.approve")) : null}
              {r.maySeat && r.status === "waiting" && r.proven ? decide(r, "promote", t("desk.promote")) : null}
              {/* A cancelled event's registrants have had its cancellation: no refusal on top of it. */}
              {r.maySeat && ((r.status === "pending" && !r.awaitsFocalPoint) || r.status === "waiting" || r.status === "confirmed")
                ? decide(r, "reject", t("desk.reject"))
                : null}
              {r.reinstatable ? decide(r, "reinstate", t("desk.reinstate")) : null}
              {r.status === "confirmed" && (r.attended || r.mayMarkAttendance)
                ? decide(r, r.attended ? "absent" : "attended", r.attended ? t("desk.markAbsent") : t("desk.markAttended"))
                : null}
            </>
          ),
        },
      ]}
    />
  );
}

/** One statistic of the desk (by region, by type…): a label and a count a row. */
export function Tally({ title, rows }: { title: string; rows: { key: string; label: string; n: string }[] }) {
  // Nobody to count yet: no empty table under its heading (the counts above already say none).
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{title}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
