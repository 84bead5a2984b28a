import type { AppContext } from '../app-context.js';
import { assertScorecardFilter } from '../scorecard/filter-checks.js';
import type { ExportFormat, ScorecardFilter } from '../types.js';
import { collectBytes } from './byte-stream.js';
import type { ExportDirection, ExportSort } from './export-order.js';
import { assertExportFormat, exportScorecard, type ExportedStream } from './export-scorecard.js';
import { exportSource } from './export-source.js';
import type { WindowLimits } from './export-windows.js';
import { filterWords } from './export-summary.js';

/**
 * Rows one export may hold. Exports stream (rows are read from the stored statuses a
 * window at a time and written as they are read), so memory no longer bounds them; what
 * does is time: an export is a read anyone may make, and a million rows is a 300 MB CSV
 * and about a minute of one core. A province's whole store fits; beyond it, the caller is
 * asked to narrow the filter (by place, document, year or status).
 */
export const DEFAULT_EXPORT_MAX_ROWS = 1_000_000;

export interface ExportRequest {
  readonly sort?: ExportSort | undefined;
  readonly direction?: ExportDirection | undefined;
  readonly maxRows?: number | undefined;
  /** Rows and documents one read holds (default EXPORT_WINDOW); tests make it tiny. */
  readonly window?: WindowLimits | undefined;
}

/**
 * The scorecard for `filter` as a file written as it is read, with jurisdictions and
 * documents named (never coded) in the rows, the summary sheet and the file name. Every
 * error the request can cause (a bad filter, an unknown document or place, too many rows)
 * is thrown here, before the first byte; the chunks fail only if the store does.
 */
export async function streamScorecardExport(
  ctx: AppContext,
  format: ExportFormat,
  filter: ScorecardFilter = {},
  request: ExportRequest = {},
): Promise<ExportedStream> {
  assertExportFormat(format);
  assertScorecardFilter(filter);
  const { limit: _limit, offset: _offset, ...whole } = filter;
  const jurisdiction =
    whole.jurisdiction === undefined
      ? undefined
      : (await ctx.store.jurisdictions.resolve(whole.jurisdiction)).name_zh;
  const document =
    whole.documentId === undefined
      ? undefined
      : (await ctx.store.documents.get(whole.documentId)).title;
  const indicator =
    whole.indicator === undefined
      ? undefined
      : ((await ctx.store.indicators.list()).find((i) => i.code === whole.indicator)?.name_zh ??
        whole.indicator);
  const source = await exportSource(ctx, whole, {
    // JSON is the scorecard as the API gives it, in its own order.
    sort: format === 'json' ? undefined : request.sort,
    direction: request.direction,
    maxRows: request.maxRows ?? DEFAULT_EXPORT_MAX_ROWS,
    window: request.window,
  });
  const names = new Map((await ctx.jurisdictions()).map((j) => [j.code, j.name_zh]));
  const jurisdictionName = (code: string | null) =>
    code === null ? '' : (names.get(code) ?? code);
  return exportScorecard(
    source,
    format,
    { jurisdictionName },
    filterWords(whole, { jurisdiction, document, indicator }),
  );
}

/** The same file whole, for callers that keep it (the CLI, tests). */
export async function exportScorecardFile(
  ctx: AppContext,
  format: ExportFormat,
  filter: ScorecardFilter = {},
  request: ExportRequest = {},
): Promise<{
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}> {
  const file = await streamScorecardExport(ctx, format, filter, request);
  return {
    fileName: file.fileName,
    contentType: file.contentType,
    bytes: await collectBytes(file.chunks),
  };
}
