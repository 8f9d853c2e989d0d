import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { keptValues } from "~/utils/forms.server";
import { CheckboxField, SelectField } from "./fields";

const box = (name: string, value: string | undefined, values: Record<string, string>, defaultChecked = false) =>
  renderToStaticMarkup(createElement(CheckboxField, { name, value, label: name, defaultChecked, failure: { formError: "x", fieldErrors: {}, values } }));
const ticked = (html: string) => html.includes('checked=""');

describe("a form shown again after an error", () => {
  it("keeps every box of a group ticked, not only the last one sent", () => {
    const form = new FormData();
    for (const [k, v] of [
      ["title_en", "Workshop"],
      ["pillar", "2"],
      ["pillar", "4"],
      ["pillar", "6"],
    ]) {
      form.append(k, v);
    }
    const values = keptValues(form);
    expect(["1", "2", "3", "4", "5", "6"].filter((p) => ticked(box("pillar", p, values)))).toEqual(["2", "4", "6"]);
    expect(values.pillar).toBe("6");
  });

  it("keeps a lone box as it was sent, whatever the stored record said", () => {
    expect(ticked(box("requiresApproval", undefined, { requiresApproval: "on" }))).toBe(true);
    expect(ticked(box("requiresApproval", undefined, {}, true))).toBe(false);
    expect(ticked(box("pillar", "3", { pillar: "3" }))).toBe(true);
  });
});

describe("a required list", () => {
  it("says so in code as a required text field does, not only in its label", () => {
    const html = renderToStaticMarkup(
      createElement(SelectField, { name: "country", label: "Country", options: [{ value: "SN", label: "Senegal" }], required: true, choose: true }),
    );
    expect(html).toMatch(/<select[^>]* required=""/);
    expect(renderToStaticMarkup(createElement(SelectField, { name: "gender", label: "Gender", options: [] }))).not.toContain('required=""');
  });
});
