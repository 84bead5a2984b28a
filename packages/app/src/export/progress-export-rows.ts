import type { Indicator } from '@lantu/core';
import type { StatusExportScope, StatusGroup } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { ScorecardRow } from '../types.js';
import { compareSortValues, progressShare, type ExportDirection } from './export-order.js';
import { planExport, type WindowLimits } from './export-windows.js';
import { changedUnderUs, toScorecardRows, windowRows } from './stored-export-rows.js';

/**
 * Rows in the order of their progress (the share of the way from baseline to target),
 * which is computed from the whole stored status, not a column SQL could order by. So the
 * export reads the scope twice: first every row's progress and position, kept in typed
 * arrays with their sort order (20 bytes a row: 20 MB for a million rows, never the rows
 * themselves), then the rows in that order, a batch of positions per read.
 */
export async function* progressExportRows(
  ctx: AppContext,
  scope: StatusExportScope,
  groups: readonly StatusGroup[],
  direction: ExportDirection,
  indicators: ReadonlyMap<string, Indicator>,
  limits: WindowLimits,
): AsyncGenerator<ScorecardRow> {
  const plan = planExport(groups, undefined, direction, limits);
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const documents = [...new Set(groups.map((g) => g.document_id))].sort(
    (a, b) => plan.documentRank(a) - plan.documentRank(b),
  );
  const progress = new Float64Array(total);
  const documentOf = new Int32Array(total);
  const idxOf = new Int32Array(total);
  let n = 0;
  for (const window of plan.windows) {
    for await (const rows of windowRows(ctx, scope, plan, window, limits.rows)) {
      const ordered = [...rows].sort(
        (a, b) =>
          plan.documentRank(a.item.document_id) - plan.documentRank(b.item.document_id) ||
          a.item.idx - b.item.idx,
      );
      for (const row of ordered) {
        if (n >= total) throw changedUnderUs();
        progress[n] = progressShare(row.status) ?? Number.NaN;
        documentOf[n] = plan.documentRank(row.item.document_id);
        idxOf[n] = row.item.idx;
        n += 1;
      }
    }
  }
  if (n !== total) throw changedUnderUs();
  const value = (i: number): number | null => {
    const p = progress[i] ?? Number.NaN;
    return Number.isNaN(p) ? null : p;
  };
  // Ties keep the scorecard's order, which is the order the first pass read them in.
  const order = Uint32Array.from({ length: total }, (_, i) => i).sort(
    (a, b) => compareSortValues(value(a), value(b), direction) || a - b,
  );
  for (let at = 0; at < total;) {
    const positions = new Map<string, number[]>();
    const batch: [string, number][] = [];
    while (at < total && batch.length < limits.rows) {
      const i = order[at] ?? 0;
      const document = documents[documentOf[i] ?? 0] ?? '';
      if (!positions.has(document) && positions.size >= limits.documents) break;
      const list = positions.get(document) ?? [];
      list.push(idxOf[i] ?? 0);
      positions.set(document, list);
      batch.push([document, idxOf[i] ?? 0]);
      at += 1;
    }
    const rows = await ctx.store.statuses.exportRows(scope, {
      documents: [...positions.keys()],
      positions,
    });
    const byPosition = new Map(rows.map((r) => [`${r.item.document_id}\u0000${r.item.idx}`, r]));
    const ordered = batch.map(([document, idx]) => {
      const row = byPosition.get(`${document}\u0000${idx}`);
      if (row === undefined) throw changedUnderUs();
      return row;
    });
    yield* toScorecardRows(ordered, indicators);
  }
}
