/**
 * The options of a <select> (the 195 countries of the ITU list, a filter's values) written on the
 * server as one string, the select's inner HTML. React writes each <option> as an element of its
 * own, 2–7 µs apiece on this machine: the country list alone was about a fifth of the event page's
 * and the declaration page's rendering (decision 016, sixteenth round). The markup is the one
 * React writes, `selected` on the picked value included, so that a page that hydrates finds the
 * option elements it would have written. A `.server` module: the browser's bundle gets an empty
 * one and renders React's options (fields.tsx).
 */
export type OptionGroup = { label?: string; options: { value: string | number; label: string }[] };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export function optionsMarkup(groups: OptionGroup[], selected: string | number | undefined): string {
  const picks = String(selected ?? "");
  let html = "";
  let picked = false;
  for (const group of groups) {
    let inner = "";
    for (const o of group.options) {
      const isPicked = !picked && String(o.value) === picks;
      if (isPicked) picked = true;
      inner += `<option value="${escape(String(o.value))}"${isPicked ? ' selected=""' : ""}>${escape(o.label)}</option>`;
    }
    html += group.label ? `<optgroup label="${escape(group.label)}">${inner}</optgroup>` : inner;
  }
  return html;
}
