import { LantuError } from '@lantu/core';
import type { AppContext } from '../app-context.js';
import { buildScorecard } from '../scorecard/build-scorecard.js';
import type { ExportFormat, ScorecardFilter } from '../types.js';
import type { ExportDirection, ExportSort } from './export-order.js';
import { exportScorecard, type ExportedFile } from './export-scorecard.js';
import { filterWords } from './export-summary.js';

/**
 * Rows one export may hold. An export is a read anyone may make, so it is bounded like
 * every list: a province's whole store would be millions of rows held in memory at once.
 * Beyond it the caller is asked to narrow the filter (by place, document, year or status).
 */
export const DEFAULT_EXPORT_MAX_ROWS = 20_000;

/**
 * The scorecard for `filter` as a file, with jurisdictions and documents named (never
 * coded) in the rows, the summary sheet and the file name.
 */
export async function exportScorecardFile(
  ctx: AppContext,
  format: ExportFormat,
  filter: ScorecardFilter = {},
  order: {
    readonly sort?: ExportSort;
    readonly direction?: ExportDirection;
    readonly maxRows?: number;
  } = {},
): Promise<ExportedFile> {
  const maxRows = order.maxRows ?? DEFAULT_EXPORT_MAX_ROWS;
  // A page of none gives the count: from stored statuses when there are some.
  const { total } = await buildScorecard(ctx, { ...filter, limit: 0, offset: 0 });
  if (total > maxRows) {
    throw new LantuError(
      'INPUT_INVALID',
      `导出范围内有${total}项，超过单次导出上限${maxRows}项，请按地区、文件、年份或状态筛选后分批导出` +
        ` (${total} rows match, more than the ${maxRows} one export may hold: narrow the filter by place, document, year or status)`,
    );
  }
  const scorecard = await buildScorecard(ctx, { ...filter, limit: undefined, offset: undefined });
  const names = new Map((await ctx.jurisdictions()).map((j) => [j.code, j.name_zh]));
  const jurisdictionName = (code: string | null) =>
    code === null ? '' : (names.get(code) ?? code);
  const jurisdiction =
    filter.jurisdiction === undefined
      ? undefined
      : (await ctx.store.jurisdictions.resolve(filter.jurisdiction)).name_zh;
  const document =
    filter.documentId === undefined
      ? undefined
      : (await ctx.store.documents.get(filter.documentId)).title;
  const indicator =
    filter.indicator === undefined
      ? undefined
      : ((await ctx.store.indicators.list()).find((i) => i.code === filter.indicator)?.name_zh ??
        filter.indicator);
  return exportScorecard(
    scorecard,
    format,
    { jurisdictionName },
    {
      sort: order.sort,
      direction: order.direction,
      filterWords: filterWords(filter, { jurisdiction, document, indicator }),
    },
  );
}
