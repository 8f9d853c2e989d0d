import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { keptValues } from "~/utils/forms.server";
import { PledgeFields, tickedScopes } from "./PledgeFields";

const sent = (...scopes: string[]) => {
  const form = new FormData();
  form.append("title", "Red 5G");
  for (const s of scopes) form.append("scopes", s);
  return keptValues(form);
};

describe("a pledge form shown again after an error, without JavaScript", () => {
  it("keeps the scopes ticked as they were sent: one, several or none", () => {
    expect(tickedScopes(sent("1"))).toEqual(["1"]);
    expect(tickedScopes(sent("1", "3"))).toEqual(["1", "3"]);
    expect(tickedScopes(sent())).toEqual([]);
    expect(tickedScopes({ scopes: ["2"] })).toEqual(["2"]);
  });

  it("renders those boxes ticked", () => {
    const values = sent("1", "3");
    const html = renderToStaticMarkup(createElement(PledgeFields, { failure: { formError: "x", fieldErrors: {}, values }, values, pillars: [] }));
    const ticked = [...html.matchAll(/<input[^>]*name="scopes"[^>]*>/g)].filter((m) => m[0].includes('checked=""')).map((m) => /value="(\d)"/.exec(m[0])?.[1]);
    expect(ticked).toEqual(["1", "3"]);
  });
});
