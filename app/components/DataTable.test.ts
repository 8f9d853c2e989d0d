import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "./DataTable";

type Row = { id: number; name: string; email: string };
const columns: Column<Row>[] = [
  { header: "Name", rowHeader: true, cell: (r) => r.name },
  { header: "Email", dir: "ltr", cell: (r) => r.email },
];
const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]>) =>
  renderToStaticMarkup(createElement(DataTable<Row>, { rows: [], rowKey: (r: Row) => r.id, columns, ...props }));

describe("DataTable", () => {
  it("names each row by its heading cell and keeps addresses left to right", () => {
    const html = render({ rows: [{ id: 7, name: "Amina", email: "a@itu.int" }], caption: "Accounts", rowProps: (r) => ({ "data-row": r.id }) });
    expect(html).toContain('<th scope="col">Name</th>');
    expect(html).toContain('<tr data-row="7"><th scope="row">Amina</th><td dir="ltr">a@itu.int</td></tr>');
  });

  it("is a region named by its caption that the keyboard can reach, so it scrolls without a mouse", () => {
    const html = render({ rows: [{ id: 1, name: "A", email: "e" }], caption: "Accounts" });
    const id = /<caption id="([^"]+)">Accounts<\/caption>/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toMatch(new RegExp(`<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0">`));
  });

  it("says so when there is nothing to list, instead of an empty table", () => {
    expect(render({ empty: "No focal point yet." })).toBe("<p>No focal point yet.</p>");
    expect(render({})).toContain("<thead>");
  });
});
