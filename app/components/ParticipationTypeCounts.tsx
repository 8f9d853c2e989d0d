import { useId } from "react";
import { useTranslation } from "~/utils/use-translation";
import { ScrollRegion } from "./ScrollRegion";

export type TypeCountRow = {
  id: number;
  name: string;
  mode: "in-person" | "online";
  capacity: string | null;
  confirmed: string;
  held: string;
  waiting: string;
  pending: string;
};

/**
 * The desk's split by participation type: each type's seats and how many are confirmed, held, waiting, pending.
 * Seven columns are wider than a phone: the table scrolls in a region the keyboard can reach (WCAG 2.1.1).
 */
export function ParticipationTypeCounts({ rows }: { rows: TypeCountRow[] }) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const captionId = useId();
  return (
    <ScrollRegion className="table-wrap" labelledBy={captionId}>
      <table data-testid="type-counts">
        <caption id={captionId}>{t("types.countsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("types.name")}</th>
            <th scope="col">{t("types.mode")}</th>
            <th scope="col">{t("types.capacity")}</th>
            {(["confirmed", "held", "waiting", "pending"] as const).map((s) => (
              <th scope="col" key={s}>
                {/* Counts, named as the desk's tallies above are ("Confirmées"), not as one registration's status ("Confirmée"). */}
                {t(`desk.counts.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`type-${r.id}`}>
              <th scope="row">
                <bdi>{r.name}</bdi>
              </th>
              <td>{tc(`participationMode.${r.mode}`)}</td>
              <td>{r.capacity ?? t("types.noLimit")}</td>
              <td data-testid="confirmed">{r.confirmed}</td>
              <td data-testid="held">{r.held}</td>
              <td data-testid="waiting">{r.waiting}</td>
              <td data-testid="pending">{r.pending}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
