import type { AppContext } from '../app-context.js';
import { buildScorecard } from '../scorecard/build-scorecard.js';
import type { ExportFormat, ScorecardFilter } from '../types.js';
import type { ExportDirection, ExportSort } from './export-order.js';
import { exportScorecard, type ExportedFile } from './export-scorecard.js';
import { filterWords } from './export-summary.js';

/**
 * The scorecard for `filter` as a file, with jurisdictions and documents named (never
 * coded) in the rows, the summary sheet and the file name.
 */
export async function exportScorecardFile(
  ctx: AppContext,
  format: ExportFormat,
  filter: ScorecardFilter = {},
  order: { readonly sort?: ExportSort; readonly direction?: ExportDirection } = {},
): Promise<ExportedFile> {
  const scorecard = await buildScorecard(ctx, filter);
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
    { ...order, filterWords: filterWords(filter, { jurisdiction, document, indicator }) },
  );
}
