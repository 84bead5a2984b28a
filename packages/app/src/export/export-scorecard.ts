import { LantuError } from '@lantu/core';
import type { ExportFormat, Scorecard } from '../types.js';
import { orderRows, type ExportDirection, type ExportSort } from './export-order.js';
import { exportFileName, summaryRows } from './export-summary.js';
import { EXPORT_HEADER, exportCells, type ExportContext } from './scorecard-table.js';
import { toCsv } from './to-csv.js';
import { toXlsx } from './to-xlsx.js';

/** An exported file. */
export interface ExportedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface ExportOptions {
  /** The screen's order; default the server's (document, then position in the text). */
  readonly sort?: ExportSort;
  readonly direction?: ExportDirection;
  /** The filter in words (义乌市, 未完成, 2025年), for the summary sheet and the file name. */
  readonly filterWords?: readonly string[];
}

const WIDTHS = { 指标: 24, 目标: 14, 最新实际: 16, 说明: 48, 原文: 60, 文件: 36, 章节: 30 };

/**
 * The scorecard as a file. CSV and XLSX are for people: Chinese headers, figures in the
 * documents' units, no codes, rows in the screen's order; the XLSX starts with a 汇总 sheet
 * (title, 截至 date, filter, counts). JSON is the whole scorecard as the API returns it,
 * for machines, unchanged.
 */
export async function exportScorecard(
  scorecard: Scorecard,
  format: ExportFormat,
  ctx: ExportContext,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const words = options.filterWords ?? [];
  const ordered =
    options.sort === undefined
      ? scorecard.rows
      : orderRows(scorecard.rows, options.sort, options.direction ?? 'asc');
  const rows = ordered.map((row, index) => exportCells(row, index, ctx));
  switch (format) {
    case 'csv':
      return {
        fileName: exportFileName(scorecard.as_of, words, 'csv'),
        contentType: 'text/csv; charset=utf-8',
        bytes: toCsv(EXPORT_HEADER, rows),
      };
    case 'xlsx':
      return {
        fileName: exportFileName(scorecard.as_of, words, 'xlsx'),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: await toXlsx('目标清单', EXPORT_HEADER, rows, {
          summary: { name: '汇总', rows: summaryRows(scorecard, words) },
          widths: WIDTHS,
        }),
      };
    case 'json':
      return {
        fileName: `lantu-scorecard-${scorecard.as_of}.json`,
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
