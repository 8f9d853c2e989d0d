/**
 * A spreadsheet reads a cell as a formula when it starts with = + - @, also after leading
 * spaces, tabs, line breaks or a `;` (a separator in many locales' CSV import); such a cell gets
 * a leading apostrophe.
 */
const FORMULA_START = /^[\s;]*[=+\-@]|^[\t\r\n]/;

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[",;\n\r\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark and CRLF lines, as spreadsheet programs expect. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
