/**
 * A view's rows as CSV or JSON, each row with its permalink: what the view's
 * Export buttons download. Pure; the CSV is the feeds' (formula-safe, UTF-8 with BOM).
 */
import { toCsv, type CsvCell } from "../site-generator/feeds/csv.ts";

export interface ExportTable {
  /** Column names; `permalink` is added last. */
  columns: readonly string[];
  rows: ReadonlyArray<{ cells: readonly CsvCell[]; href: string }>;
}

export function absolute(origin: string, href: string): string {
  return `${origin.replace(/\/+$/, "")}${href}`;
}

export function tableCsv(table: ExportTable, origin: string): string {
  return toCsv([...table.columns, "permalink"], table.rows.map((r) => [...r.cells, absolute(origin, r.href)]));
}

export function tableJson(table: ExportTable, origin: string): string {
  const rows = table.rows.map((r) => {
    const o: Record<string, CsvCell> = {};
    table.columns.forEach((c, i) => (o[c] = r.cells[i] ?? null));
    o.permalink = absolute(origin, r.href);
    return o;
  });
  return `${JSON.stringify(rows, null, 1)}\n`;
}
