import { neutraliseFormula } from './formula-guard.js';
import type { ExportCell } from './scorecard-table.js';

function quote(raw: ExportCell): string {
  const cell = neutraliseFormula(raw);
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
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
  const lines = [header, ...rows].map((row) => row.map(quote).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
