import type { HistoryAction } from "~/models/audit.server";
import { FlashNotice } from "./FlashNotice";
import { useTranslation } from "~/utils/use-translation";

/** The confirmation after POST → redirect (?saved=1), hidden when the form came back with errors. */
export function SavedNotice({ failed }: { failed: boolean }) {
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
