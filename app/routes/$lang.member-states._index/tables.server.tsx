import type { TFunction } from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { ScrollRegion } from "~/components/ScrollRegion";
import { dirOf, type Picked } from "~/utils/i18n";
import type { DirectoryView } from "./view.server";

/**
 * The Member States by region, as HTML. React writing their 1,200 elements was most of the page's
 * time, and they are the same for every reader of a language and declaration until a write: the
 * route keeps this string as long as the rest of its view (decision 016). The page is sent
 * without scripts, and a browser that navigates here sets the same string: nothing hydrates it.
 */
export function regionTablesHtml(t: TFunction, view: Pick<DirectoryView, "regions" | "selected">): string {
  return renderToStaticMarkup(<RegionTables t={t} {...view} />);
}

function RegionTables({ t, regions, selected }: { t: TFunction } & Pick<DirectoryView, "regions" | "selected">) {
  return regions.map((r) => (
    <section key={r.region}>
      <h2 id={`region-${r.region}`}>{r.label}</h2>
      <ScrollRegion className="table-wrap" labelledBy={`region-${r.region}`}>
        {/* Named by its region's heading too: a screen reader moving from table to table says which one it entered. */}
        <table className="data-table member-states-table" aria-labelledby={`region-${r.region}`}>
          <thead>
            <tr>
              <th scope="col">{t("memberStates.memberState")}</th>
              <th scope="col">{selected ? <Title picked={selected.title} /> : t("memberStates.endorsement")}</th>
              <th scope="col">{t("memberStates.verification")}</th>
              <th scope="col">{t("memberStates.date")}</th>
            </tr>
          </thead>
          <tbody>
            {r.states.map((s) => (
              <tr key={s.code} data-country={s.code}>
                <th scope="row">
                  <a href={s.href}>{s.name}</a>
                </th>
                <td className={`ms-status ms-${s.status}`}>{t(`memberStates.status.${s.status}`)}</td>
                <td>{s.verifiedBy ?? "—"}</td>
                <td>{s.date ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  ));
}

/** A declaration's title shown in another language (no translation yet) is marked as such, to be read out in it. */
function Title({ picked }: { picked: Picked }) {
  return picked.isFallback ? (
    <span lang={picked.lang} dir={dirOf(picked.lang)}>
      {picked.text}
    </span>
  ) : (
    picked.text
  );
}
