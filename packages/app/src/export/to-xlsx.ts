import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-guard.js';
import type { ExportCell } from './scorecard-table.js';

/**
 * A workbook with one sheet: a bold, frozen header row and one row per record, numbers
 * kept as numbers so they can be summed and charted, text that would start a formula
 * neutralised (formula-guard.ts).
 */
export async function toXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly ExportCell[])[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantu';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  // Text cells are stored as text, but a person who edits one would make it a formula.
  for (const row of rows) sheet.addRow(row.map(neutraliseFormula));
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
