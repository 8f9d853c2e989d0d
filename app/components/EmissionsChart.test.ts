import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmissionsChart, type ChartYear } from "./EmissionsChart";

const render = (years: ChartYear[]) =>
  renderToStaticMarkup(
    createElement(EmissionsChart, {
      years,
      path: [
        { year: 2020, value: 100 },
        { year: 2030, value: 55 },
      ],
      format: String,
      description: "d",
    }),
  );
const legends = (html: string) => [...html.matchAll(/class="legend legend-square legend-(\w+)"/g)].map((m) => m[1]);

describe("EmissionsChart legend", () => {
  it("names only the kinds of bar drawn: no grey 'total, not divided by scope' when every year has its scopes", () => {
    expect(legends(render([{ year: 2020, scope1: 10, scope2: 20, scope3: 70, total: 100 }]))).toEqual(["scope1", "scope2", "scope3"]);
  });
  it("names the grey total alone when a source gives only totals, and both when the years mix", () => {
    expect(legends(render([{ year: 2021, scope1: null, scope2: null, scope3: null, total: 90 }]))).toEqual(["total"]);
    const mixed = render([
      { year: 2020, scope1: 10, scope2: 20, scope3: 70, total: 100 },
      { year: 2021, scope1: null, scope2: null, scope3: null, total: 90 },
    ]);
    expect(legends(mixed)).toEqual(["scope1", "scope2", "scope3", "total"]);
  });
});

describe("EmissionsChart years on a phone", () => {
  it("writes every other year where neighbours drawn twice as large would touch: 2021 to 2030 is ten slots", () => {
    const html = renderToStaticMarkup(
      createElement(EmissionsChart, {
        years: [2021, 2022].map((year) => ({ year, scope1: null, scope2: null, scope3: null, total: 1000 })),
        path: [
          { year: 2021, value: 1000 },
          { year: 2030, value: 600 },
        ],
        format: String,
        description: "d",
      }),
    );
    const year = (y: number) => new RegExp(`<text[^>]*>${y}</text>`).exec(html)?.[0] ?? "";
    expect(year(2021)).not.toContain("year-minor");
    expect(year(2022)).toContain('class="year-minor"');
  });
});
