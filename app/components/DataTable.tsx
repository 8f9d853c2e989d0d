import { useId, type ReactNode } from "react";

/** One column of a DataTable: its heading and what a row shows in it. */
export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** A class for the cell, e.g. `status-${row.status}`; `dir` for addresses and codes that read left to right. */
  className?: (row: Row) => string | undefined;
  dir?: "ltr" | "auto";
  /** The column that names the row (`<th scope="row">`): a screen reader announces it with each cell. */
  rowHeader?: boolean;
};

/**
 * The secretariat's lists: a caption, column headings with `scope="col"`, a row heading, one row
 * per item, and what to say when there is none. On a narrow screen the table scrolls sideways in
 * its own box instead of squeezing the columns; the box is a named region that takes the keyboard
 * focus, so it scrolls with the arrow keys too (WCAG 2.1.1).
 */
export function DataTable<Row>({
  rows,
  rowKey,
  columns,
  caption,
  empty,
  rowProps,
  hiddenCaption = false,
  stackOnPhone = false,
}: {
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  columns: Column<Row>[];
  caption?: ReactNode;
  /** Said instead of an empty table. Without it, an empty list shows its headings only. */
  empty?: ReactNode;
  /** Attributes for a row (data-* for tests and styles). */
  rowProps?: (row: Row) => Record<`data-${string}`, string | number>;
  /** The caption is for screen readers only (a heading above already names the list). */
  hiddenCaption?: boolean;
  /** On a phone each row is a block, its cells one under another: for a row that holds a form to act on. */
  stackOnPhone?: boolean;
}) {
  const captionId = useId();
  if (rows.length === 0 && empty) return <p>{empty}</p>;
  return (
    <div
      className={stackOnPhone ? "table-wrap table-stacked" : "table-wrap"}
      role={caption ? "region" : undefined}
      aria-labelledby={caption ? captionId : undefined}
      tabIndex={caption ? 0 : undefined}
    >
      <table>
        {caption ? (
          <caption id={captionId} className={hiddenCaption ? "visually-hidden" : undefined}>
            {caption}
          </caption>
        ) : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" className={c.className?.(row)} dir={c.dir}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={c.className?.(row)} dir={c.dir}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
