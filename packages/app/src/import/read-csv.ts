import { LantuError } from '@lantu/core';
import { parse } from 'csv-parse/sync';
import type { TableRows } from './table.js';

/**
 * Text of a CSV file: UTF-8 (with or without BOM), else GB18030, which is what Excel and
 * Chinese statistical offices write by default. TextDecoder drops the BOM.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * The rows of a CSV file, every cell as text. Rows may differ in length (a trailing empty
 * cell is often left off); blank lines are skipped but still counted, so row numbers stay
 * those of the file. FILE_UNREADABLE for malformed CSV (an unclosed quote …).
 */
export function readCsv(bytes: Uint8Array, fileName: string): TableRows {
  try {
    const rows: string[][] = parse(decode(bytes), {
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    });
    return rows.map((row) => (row.length === 1 && row[0] === '' ? [] : row));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LantuError('FILE_UNREADABLE', `${fileName}: not readable as CSV: ${detail}`, {
      cause: error,
    });
  }
}
