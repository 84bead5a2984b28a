import { LantuError, type Indicator } from '@lantu/core';
import type { StatusExportRow, StatusExportScope, StatusRowsQuery } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { ScorecardRow } from '../types.js';
import type { ExportPlan, ExportWindow } from './export-windows.js';

/** A read came back other than counted: a write dropped or added statuses meanwhile. */
export function changedUnderUs(): LantuError {
  return new LantuError(
    'CONFLICT',
    '导出期间数据发生了变化，请重新导出 (the data changed during the export: export again)',
  );
}

/** The rows of one window, in reading order within each document. */
export async function* windowRows(
  ctx: AppContext,
  scope: StatusExportScope,
  plan: ExportPlan,
  window: ExportWindow,
  pageRows: number,
): AsyncGenerator<StatusExportRow[]> {
  const keyed: Pick<StatusRowsQuery, 'by' | 'keys'> =
    plan.by === undefined || window.keys === undefined ? {} : { by: plan.by, keys: window.keys };
  if (window.kind === 'whole') {
    const rows = await ctx.store.statuses.exportRows(scope, {
      documents: window.documents,
      ...keyed,
    });
    if (rows.length !== window.count) throw changedUnderUs();
    yield rows;
    return;
  }
  let seen = 0;
  let afterIdx: number | undefined;
  for (;;) {
    const rows = await ctx.store.statuses.exportRows(scope, {
      documents: [window.document],
      ...keyed,
      ...(afterIdx === undefined ? {} : { afterIdx }),
      limit: pageRows,
    });
    seen += rows.length;
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < pageRows || last === undefined) break;
    afterIdx = last.item.idx;
  }
  if (seen !== window.count) throw changedUnderUs();
}

/** Stored statuses as scorecard rows: each with its indicator's names. */
export function toScorecardRows(
  rows: readonly StatusExportRow[],
  indicators: ReadonlyMap<string, Indicator>,
): ScorecardRow[] {
  return rows.map(({ item, document, section, status }) => {
    const indicator =
      item.indicator_code === null ? null : (indicators.get(item.indicator_code) ?? null);
    return {
      item,
      document,
      section,
      indicator:
        indicator === null
          ? null
          : { code: indicator.code, name_zh: indicator.name_zh, name_en: indicator.name_en },
      status,
    };
  });
}

/**
 * Every row of an export, read window by window from the stored statuses: a window is
 * sorted in memory (it holds at most one read's rows) by key value, document, then reading
 * order. A write meanwhile that changes what a window holds ends the export (CONFLICT).
 */
export async function* storedExportRows(
  ctx: AppContext,
  scope: StatusExportScope,
  plan: ExportPlan,
  indicators: ReadonlyMap<string, Indicator>,
  pageRows: number,
): AsyncGenerator<ScorecardRow> {
  for (const window of plan.windows) {
    for await (const rows of windowRows(ctx, scope, plan, window, pageRows)) {
      const ordered = rows
        .map((row) => ({
          row,
          key: plan.keyRank(row.key),
          document: plan.documentRank(row.item.document_id),
        }))
        .sort((a, b) => a.key - b.key || a.document - b.document || a.row.item.idx - b.row.item.idx)
        .map((entry) => entry.row);
      yield* toScorecardRows(ordered, indicators);
    }
  }
}
