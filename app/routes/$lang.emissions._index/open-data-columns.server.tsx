import { renderToStaticMarkup } from "react-dom/server";
import { boundaries, methodologies } from "~/models/disclosure-types";
import { getT } from "~/utils/i18n.server";
import type { Lang } from "~/utils/i18n";
import { OPEN_DATA_COLUMNS } from "./open-data.server";
import type common from "../../../locales/en/common.json";

type DescribedColumn = keyof (typeof common)["emissions"]["openData"]["column"];

const written = new Map<Lang, string>();

/**
 * What each open-data column holds, as the inside of the page's <dl>: 150 elements that depend on
 * the language alone, written once per language rather than by React on every request (decision
 * 016, sixteenth round). The page is sent without scripts: nothing hydrates it.
 */
export function openDataColumnsHtml(lang: Lang): string {
  let html = written.get(lang);
  if (html === undefined) written.set(lang, (html = renderToStaticMarkup(<Columns lang={lang} />)));
  return html;
}

function Columns({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return OPEN_DATA_COLUMNS.map((name) => {
    const cat = /^scope3_cat(\d+)_t$/.exec(name)?.[1];
    return (
      <div key={name}>
        <dt>
          <code dir="ltr">{name}</code>
        </dt>
        <dd>{withCodes(cat ? t("emissions.openData.column.scope3_cat", { n: cat }) : t(`emissions.openData.column.${name as DescribedColumn}`))}</dd>
      </div>
    );
  });
}

/** The values a column takes with a hyphen or underscore in them, as the open data writes them. */
const CODES = new RegExp(`(${[...boundaries, ...methodologies, "not_relevant", "not_calculated"].filter((v) => /[-_]/.test(v)).join("|")})`);

/** A column's description with its values kept whole and left to right (a line may not break at their hyphens). */
const withCodes = (text: string) =>
  text.split(CODES).map((part, i) =>
    i % 2 ? (
      <code key={i} dir="ltr">
        {part}
      </code>
    ) : (
      part
    ),
  );
