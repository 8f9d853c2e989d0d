import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { formatNumber, signSpace } from "~/utils/format";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";
import { directoryView } from "./view.server";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { declarationsForMap } from "~/models/member-states.server";
import { regionTablesHtml } from "./tables.server";

export const handle = samePageThroughRegistrations;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const asked = new URL(request.url).searchParams.get("declaration");
  // The same for every reader of a language and declaration until a write, or until a declaration
  // opens or closes for endorsement (the selector offers the open ones): kept that long (decision 016).
  // Keyed by the declaration shown, not the one asked for: an unknown one shows the first.
  const decls = declarationsForMap();
  const declaration = (decls.find((d) => d.slug === asked) ?? decls[0])?.slug ?? null;
  const open = decls.map((d) => d.id).join(",");
  const view = memoThroughRegistrations(`member-states-directory:${lang}:${open}:${declaration ?? ""}`, () => {
    // The tables are kept as HTML, and the rows themselves neither kept nor sent to a browser that navigates here.
    const { regions, ...directory } = directoryView(lang, t, declaration);
    return { ...directory, tablesHtml: regionTablesHtml(t, { regions, selected: directory.selected }) };
  });
  return {
    lang,
    ...view,
    endorsed: formatNumber(lang, view.endorsedCount),
    meta: metaFor(lang, t("memberStates.title"), t("memberStates.description")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function MemberStates() {
  const { t } = useTranslation();
  const { lang, declarations, selected, tablesHtml, endorsed, mapUrl, mapLabel } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("memberStates.title")}</h1>
      <p className="lead">{t("memberStates.description")}</p>
      {declarations.length > 1 ? (
        <Form method="get" className="filters">
          <label htmlFor="declaration">{t("memberStates.declaration")}</label>
          <select id="declaration" name="declaration" defaultValue={selected?.slug}>
            {declarations.map((d) => (
              <option key={d.slug} value={d.slug} lang={d.title.lang}>
                {d.title.text}
              </option>
            ))}
          </select>
          <button type="submit">{t("memberStates.show")}</button>
        </Form>
      ) : null}
      {selected ? (
        <p data-testid="endorsed-count">
          {t("memberStates.endorsedCount", {
            n: endorsed,
            declaration: selected.title.text,
          })}
        </p>
      ) : null}
      {/* The portal knows only what is recorded on it: a State endorsing by letter to the COP29 Presidency alone is not "not endorsed". */}
      <p data-testid="recorded-here">{t("memberStates.recordedHere")}</p>
      <figure className="member-map">
        {/* Drawn on the server as its own SVG; the tables below carry the same facts for screen readers and keyboards. */}
        <img className="member-map-svg" src={mapUrl} alt={mapLabel} width={960} height={470} data-testid="member-map" />
        <figcaption>
          <span className="legend-swatch ms-endorsed" aria-hidden="true" /> {t("memberStates.status.endorsed")}{" "}
          <span className="legend-swatch ms-not-recorded" aria-hidden="true" /> {t("memberStates.status.not-recorded")}
          <small className="map-disclaimer" data-testid="map-disclaimer">
            {t("memberStates.mapDisclaimer")}
          </small>
        </figcaption>
      </figure>
      <p>
        {t("memberStates.openData")}
        {signSpace(lang)}
        <a href={`/${lang}/member-states.csv`}>CSV</a> · <a href={`/${lang}/member-states.json`}>JSON</a>
      </p>
      {/* Written on the server once per language and declaration until a write (tables.server.tsx). */}
      <div dangerouslySetInnerHTML={{ __html: tablesHtml }} />
    </div>
  );
}
