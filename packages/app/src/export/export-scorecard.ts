import { LantuError } from '@lantu/core';
import type { Scorecard, ExportFormat } from '../types.js';
import { EXPORT_HEADER, exportCells } from './scorecard-table.js';
import { toCsv } from './to-csv.js';
import { toXlsx } from './to-xlsx.js';

/** An exported file. */
export interface ExportedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * The scorecard as a file: CSV and XLSX have one row per target with its source sentence,
 * status, numbers and explanations; JSON is the whole scorecard (with goal-post changes
 * and claim conflicts), as the API returns it.
 */
export async function exportScorecard(
  scorecard: Scorecard,
  format: ExportFormat,
): Promise<ExportedFile> {
  const base = `lantu-scorecard-${scorecard.as_of}`;
  const rows = scorecard.rows.map(exportCells);
  switch (format) {
    case 'csv':
      return {
        fileName: `${base}.csv`,
        contentType: 'text/csv; charset=utf-8',
        bytes: toCsv(EXPORT_HEADER, rows),
      };
    case 'xlsx':
      return {
        fileName: `${base}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: await toXlsx('scorecard', EXPORT_HEADER, rows),
      };
    case 'json':
      return {
        fileName: `${base}.json`,
        contentType: 'application/json; charset=utf-8',
        bytes: new TextEncoder().encode(`${JSON.stringify(scorecard, null, 2)}\n`),
      };
    default:
      // Reachable from untyped callers (a server's query string).
      throw new LantuError(
        'INPUT_INVALID',
        `export format must be csv, xlsx or json, not ${String(format)}`,
      );
  }
}
