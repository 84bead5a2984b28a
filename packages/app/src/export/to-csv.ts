import { neutraliseFormula } from './formula-guard.js';
import type { ExportCell } from './scorecard-table.js';

/** The UTF-8 byte-order mark, as the first character of the text. */
export const CSV_BOM = '\uFEFF';

function quote(raw: ExportCell): string {
  const cell = neutraliseFormula(raw);
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** One CSV record with its CRLF, every cell quoted as needed and guarded (formula-guard.ts). */
export function csvLine(row: readonly ExportCell[]): string {
  return `${row.map(quote).join(',')}\r\n`;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark: without the mark, Excel
 * on Chinese Windows opens UTF-8 as GBK and garbles every character. Text that would
 * start a formula is neutralised (formula-guard.ts).
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly ExportCell[])[],
): Uint8Array {
  return new TextEncoder().encode(CSV_BOM + [header, ...rows].map(csvLine).join(''));
}
