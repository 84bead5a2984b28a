import { LantuError } from '@lantu/core';
import { checkZipLimits, DEFAULT_READ_LIMITS, type ReadLimits } from '@lantu/readers';
import ExcelJS from 'exceljs';
import type { Cell, TableRows } from './table.js';

/**
 * Limits for a table people upload (a 任务分解表, a figures sheet): exceljs parses on the
 * calling thread and holds the whole sheet, so a zip bomb or a 100 MB sheet would stall the
 * server. A table of tens of thousands of rows inflates to a few MB.
 */
export const TABLE_LIMITS: ReadLimits = {
  ...DEFAULT_READ_LIMITS,
  maxZipEntries: 1_000,
  maxZipEntryBytes: 32 * 1024 * 1024,
  maxZipTotalBytes: 64 * 1024 * 1024,
};

/**
 * The rows of the first worksheet of an XLSX workbook. Numbers stay numbers; formulas
 * give their cached result, rich text its plain text, dates their ISO date. Row numbers
 * are the sheet's own (row 1 is the header). FILE_UNREADABLE for a file that is not a
 * workbook or has no sheet; FILE_TOO_COMPLEX past `TABLE_LIMITS`, checked before exceljs
 * inflates anything.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<TableRows> {
  checkZipLimits(bytes, fileName, TABLE_LIMITS);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer over the same memory is what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LantuError('FILE_UNREADABLE', `${fileName}: not readable as XLSX: ${detail}`, {
      cause: error,
    });
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined)
    throw new LantuError('FILE_EMPTY', `${fileName}: the workbook has no sheet`);
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) {
    const result = value.result;
    if (typeof result === 'number' || typeof result === 'string') return result;
    return result instanceof Date ? result.toISOString().slice(0, 10) : null;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}
