import { collectBytes } from './byte-stream.js';
import type { ExportCell } from './scorecard-table.js';
import { xlsxChunks, type XlsxOptions } from './xlsx-stream.js';

export type { XlsxOptions } from './xlsx-stream.js';

/**
 * A workbook of rows already in memory (a small table), written as xlsx-stream.ts writes
 * every export: an optional summary sheet, then the table sheet.
 */
export async function toXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly ExportCell[])[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  return collectBytes(xlsxChunks(sheetName, header, rows, options));
}
