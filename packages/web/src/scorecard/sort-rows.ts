/** Sorting the scorecard on the client: the server filters, the page orders. */
import type { ScorecardRow } from '../api/types.js';
import { progressShare } from '../status/progress.js';
import { STATUS_SEVERITY } from '../status/status-meta.js';
import type { SortDirection, SortKey } from './scorecard-query.js';

const collator = new Intl.Collator('zh-CN');

/** Rows without a value for the key go last in either direction. */
function compareNullable(a: number | null, b: number | null): number | null {
  if (a === null && b === null) return 0;
  if (a === null) return null;
  if (b === null) return null;
  return a - b;
}

function key(row: ScorecardRow, sort: SortKey): number | string | null {
  switch (sort) {
    case 'status':
      return STATUS_SEVERITY[row.status.status];
    case 'year':
      return row.item.year;
    case 'progress':
      return progressShare(row.status);
    case 'document':
      return row.document.title;
    case 'metric':
      return row.item.metric;
  }
}

export function sortRows(
  rows: readonly ScorecardRow[],
  sort: SortKey,
  direction: SortDirection,
): ScorecardRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: key(row, sort) }))
    .sort((a, b) => {
      let order: number;
      if (typeof a.value === 'string' && typeof b.value === 'string') {
        order = sign * collator.compare(a.value, b.value);
      } else {
        const av = typeof a.value === 'number' ? a.value : null;
        const bv = typeof b.value === 'number' ? b.value : null;
        const diff = compareNullable(av, bv);
        order = diff === null ? (av === null ? 1 : -1) : sign * diff;
      }
      // Ties keep the server's order (document, then position in the text).
      return order !== 0 ? order : a.index - b.index;
    })
    .map((entry) => entry.row);
}
