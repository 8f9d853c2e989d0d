import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { optionsMarkup, type OptionGroup } from "./option-markup.server";

// What React writes for the same options: the browser hydrates the server's string with React's
// own elements (fields.tsx), so the two must be the same markup.
const byReact = (groups: OptionGroup[], value: string) => {
  const options = (list: OptionGroup["options"]) => list.map((o) => h("option", { key: o.value, value: o.value }, o.label));
  const children = groups.map((g) => (g.label ? h("optgroup", { key: g.label, label: g.label }, options(g.options)) : options(g.options)));
  return renderToString(h("select", { defaultValue: value }, children)).replace(/^<select>|<\/select>$/g, "");
};

const groups: OptionGroup[] = [
  { options: [{ value: "", label: "Choose…" }] },
  {
    label: "ITU Member States",
    options: [
      { value: "CI", label: "Côte d’Ivoire" },
      { value: "KP", label: "Democratic People's Republic of Korea" },
      { value: "X&Y", label: 'A & B <"quoted">' },
    ],
  },
  { label: "Other", options: [{ value: "PS", label: "State of Palestine" }] },
];

describe("a select's options written as one string", () => {
  it("is the markup React writes, whichever option is picked", () => {
    for (const value of ["", "KP", "X&Y", "PS", "nowhere"]) expect(optionsMarkup(groups, value)).toBe(byReact(groups, value));
  });

  it("marks only the picked option, and escapes what it writes", () => {
    const html = optionsMarkup(groups, "X&Y");
    expect(html.match(/selected/g)).toHaveLength(1);
    expect(html).toContain('<option value="X&amp;Y" selected="">A &amp; B &lt;&quot;quoted&quot;&gt;</option>');
    expect(html).toContain("Democratic People&#x27;s Republic of Korea");
  });
});
