import type { ReactNode } from "react";

/** One column of a DataTable: its heading and what a row shows in it. */
export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** A class for the cell, e.g. `status-${row.status}`; `dir` for addresses and codes that read left to right. */
  className?: (row: Row) => string | undefined;
  dir?: "ltr";
};

/**
 * The secretariat's lists: a caption (optional), column headings with `scope="col"`, one row per
 * item, and a wrapper that scrolls sideways on a narrow screen instead of squeezing the columns.
 */
export function DataTable<Row>({
  rows,
  rowKey,
  columns,
  caption,
}: {
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  columns: Column<Row>[];
  caption?: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table>
        {caption ? <caption>{caption}</caption> : null}
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
            <tr key={rowKey(row)}>
              {columns.map((c, i) => (
                <td key={i} className={c.className?.(row)} dir={c.dir}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
