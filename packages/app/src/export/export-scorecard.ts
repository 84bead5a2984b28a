import { LantuError } from '@lantu/core';
import type { ExportFormat, ScorecardRow } from '../types.js';
import { csvChunks } from './csv-stream.js';
import { exportFileName, summaryRows } from './export-summary.js';
import type { ExportSource } from './export-source.js';
import { jsonChunks } from './json-stream.js';
import {
  EXPORT_HEADER,
  exportCells,
  type ExportCell,
  type ExportContext,
} from './scorecard-table.js';
import { xlsxChunks } from './xlsx-stream.js';

/** An exported file, its bytes written as they are read. */
export interface ExportedStream {
  readonly fileName: string;
  readonly contentType: string;
  readonly chunks: AsyncIterable<Uint8Array>;
}

const WIDTHS = { 指标: 24, 目标: 14, 最新实际: 16, 说明: 48, 原文: 60, 文件: 36, 章节: 30 };

async function* tableRows(
  rows: AsyncIterable<ScorecardRow> | Iterable<ScorecardRow>,
  ctx: ExportContext,
): AsyncGenerator<ExportCell[]> {
  let index = 0;
  for await (const row of rows) yield exportCells(row, index++, ctx);
}

/** Throws INPUT_INVALID unless `format` is one an export is written in. */
export function assertExportFormat(format: ExportFormat): void {
  if (format !== 'csv' && format !== 'xlsx' && format !== 'json') {
    // Reachable from untyped callers (a server's query string).
    throw new LantuError(
      'INPUT_INVALID',
      `export format must be csv, xlsx or json, not ${String(format)}`,
    );
  }
}

/**
 * The scorecard as a file. CSV and XLSX are for people: Chinese headers, figures in the
 * documents' units, no codes, rows in the screen's order; the XLSX starts with a 汇总 sheet
 * (title, 截至 date, filter, counts). JSON is the whole scorecard as the API returns it,
 * for machines, unchanged. Every format is written row by row as `source` reads them.
 */
export async function exportScorecard(
  source: ExportSource,
  format: ExportFormat,
  ctx: ExportContext,
  filterWords: readonly string[] = [],
): Promise<ExportedStream> {
  assertExportFormat(format);
  switch (format) {
    case 'csv':
      return {
        fileName: exportFileName(source.asOf, filterWords, 'csv'),
        contentType: 'text/csv; charset=utf-8',
        chunks: csvChunks(EXPORT_HEADER, tableRows(source.rows(), ctx)),
      };
    case 'xlsx':
      return {
        fileName: exportFileName(source.asOf, filterWords, 'xlsx'),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        chunks: xlsxChunks('目标清单', EXPORT_HEADER, tableRows(source.rows(), ctx), {
          summary: {
            name: '汇总',
            rows: summaryRows(
              { asOf: source.asOf, totals: await source.totals(), exported: source.total },
              filterWords,
            ),
          },
          widths: WIDTHS,
        }),
      };
    case 'json':
      return {
        fileName: `lantu-scorecard-${source.asOf}.json`,
        contentType: 'application/json; charset=utf-8',
        chunks: jsonChunks(await source.head(), source.rows()),
      };
  }
}
