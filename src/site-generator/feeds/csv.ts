/**
 * CSV per RFC 4180 (CRLF rows; a field with a comma, quote or line break is
 * quoted, inner quotes doubled), made safe to open in a spreadsheet.
 *
 * Formula injection: quoted text such as `=HYPERLINK(...)` or `-2+3` would
 * run as a formula in Excel or Sheets, so a text cell starting with one of
 * = + - @ (or a tab or carriage return, which some spreadsheets strip before
 * reading a formula) gets a leading apostrophe, which spreadsheets show as
 * text. Numbers are written as numbers: a number is never a formula.
 */
export type CsvCell = string | number | null;

/** Excel reads a UTF-8 file as ANSI without it, garbling every non-ASCII name. */
export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
