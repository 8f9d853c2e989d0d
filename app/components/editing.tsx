import type { HistoryAction } from "~/models/audit.server";
import { useSearchParams } from "@remix-run/react";
import { FlashNotice, SuccessNotice } from "./FlashNotice";
import { useTranslation } from "~/utils/use-translation";

/**
 * The confirmation after POST → redirect (?saved=1), hidden when the form came back with errors. An
 * event's save that emailed its registrants (?told=N) says how many: staff must know mail went out.
 */
export function SavedNotice({ failed }: { failed: boolean }) {
  const { t } = useTranslation("admin");
  const [search] = useSearchParams();
  const told = Number(search.get("told"));
  if (search.get("saved") === "1" && !failed && Number.isInteger(told) && told > 0) return <SuccessNotice text={t("editor.told", { count: told })} />;
  return <FlashNotice param="saved" notices={{ "1": "admin:editor.saved" }} failed={failed} />;
}

export function ChangeHistory({ history }: { history: { id: number; action: HistoryAction; who: string | null; at: string }[] }) {
  const { t } = useTranslation("admin");
  if (!history.length) return null;
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t("editor.history")}</h2>
      <ul>
        {history.map((h) => (
          <li key={h.id}>
            {t(`editor.action.${h.action}`)} · {h.who ?? "—"} · {h.at}
          </li>
        ))}
      </ul>
    </section>
  );
}
