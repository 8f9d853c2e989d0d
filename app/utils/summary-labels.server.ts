/**
 * An error summary drawn on the server names each field by its label. The summary comes before the
 * fields, so React cannot write their labels into it as it renders; each link carries an empty
 * `<span data-label-of="<field id>">`, and the finished page's HTML is completed here from the
 * label the same page holds (`<label id="<field id>-label">`, its "required" marker left out). Only
 * a refused form has such a span. The link's description, which named the field until now, goes
 * too: the name says it. In the browser the span is React's by innerHTML, so hydration keeps it.
 */
const PLACE = /<span class="error-summary-field" data-label-of="([^"]+)"><\/span>/g;

export function withSummaryLabels(html: string): string {
  if (!html.includes("data-label-of=")) return html;
  return html
    .replace(PLACE, (whole, id: string) => {
      const label = labelOf(html, id);
      if (!label) return whole;
      return `<span class="error-summary-field" data-label-of="${id}">${label} </span>`;
    })
    .replace(/ aria-describedby="([^"]+)-label" data-summary-link=""/g, (whole, id: string) => (labelOf(html, id) ? ' data-summary-link=""' : whole));
}

function labelOf(html: string, id: string): string {
  // A consent box is named by what it agrees to (its summary label), not by its whole sentence.
  const short = html.indexOf(` id="${id}-summary-label"`);
  const open = short >= 0 ? short : html.indexOf(` id="${id}-label"`);
  if (open < 0) return "";
  const start = html.indexOf(">", open) + 1;
  const tag = /<(\w+)[^<]*$/.exec(html.slice(0, open))?.[1];
  const end = tag ? html.indexOf(`</${tag}>`, start) : -1;
  if (start <= 0 || end < 0) return "";
  const inner = html.slice(start, end);
  const marker = inner.indexOf('<span class="required">');
  return (marker >= 0 ? inner.slice(0, marker) : inner)
    .replace(/<[^>]*>/g, "")
    .replace(/[ \t\n\r\f]+/g, " ")
    .replace(/^ | $/g, "");
}
