import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-guard.js';
import type { ExportCell } from './scorecard-table.js';

export interface XlsxOptions {
  /** A sheet placed first (汇总: title, date, filter, counts), its first row bold. */
  readonly summary?: { readonly name: string; readonly rows: readonly (readonly ExportCell[])[] };
  /** Column widths in characters by header text; others get 16. */
  readonly widths?: Readonly<Record<string, number>>;
}

/**
 * A workbook with the table sheet — a bold, frozen header row and one row per record,
 * numbers kept as numbers so they can be summed and charted, text that would start a
 * formula neutralised (formula-guard.ts) — optionally after a summary sheet.
 */
export async function toXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly ExportCell[])[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantu 蓝图';
  if (options.summary !== undefined) {
    const summary = workbook.addWorksheet(options.summary.name);
    for (const row of options.summary.rows) summary.addRow(row.map(neutraliseFormula));
    summary.getRow(1).font = { bold: true, size: 14 };
    summary.getColumn(1).width = 14;
    summary.getColumn(2).width = 40;
  }
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  // Text cells are stored as text, but a person who edits one would make it a formula.
  for (const row of rows) sheet.addRow(row.map(neutraliseFormula));
  header.forEach((name, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = options.widths?.[name] ?? 16;
    column.alignment = { vertical: 'top', wrapText: (options.widths?.[name] ?? 0) > 30 };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
