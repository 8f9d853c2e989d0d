import { useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";

/** The confirmation after POST → redirect (?saved=1), hidden when the form came back with errors. */
export function SavedNotice({ failed }: { failed: boolean }) {
  const { t } = useTranslation("admin");
  const [search] = useSearchParams();
  if (!search.get("saved") || failed) return null;
  return (
    <p className="alert alert-success" role="status">
      {t("editor.saved")}
    </p>
  );
}

export function ChangeHistory({ history }: { history: { id: number; action: string; who: string | null; at: string }[] }) {
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
