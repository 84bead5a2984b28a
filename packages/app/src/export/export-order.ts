import type { StatusCode, TargetStatus } from '@lantu/core';
import type { ScorecardRow } from '../types.js';

/** The orders the scorecard screen offers (packages/web/src/scorecard/sort-rows.ts). */
export type ExportSort = 'status' | 'year' | 'progress' | 'document' | 'metric';
export type ExportDirection = 'asc' | 'desc';
export const EXPORT_SORTS: readonly ExportSort[] = [
  'status',
  'year',
  'progress',
  'document',
  'metric',
];

/** Worst first, as the screen sorts by status. */
export const STATUS_SEVERITY: Readonly<Record<StatusCode, number>> = {
  missed: 0,
  'off-track': 1,
  'at-risk': 2,
  'no-data': 3,
  'on-track': 4,
  'not-yet-due': 5,
  achieved: 6,
};

/** The share of the way from baseline to target, as the screen's progress bar computes it. */
export function progressShare(status: TargetStatus): number | null {
  const n = status.numbers;
  if (status.method === 'xushi-progress' && n.progress_share !== null) return n.progress_share;
  if (status.status === 'achieved') return 1;
  const { baseline_value: base, latest_value: latest, target_value: target } = n;
  if (latest === null || target === null) return null;
  if (base !== null && target !== base) return (latest - base) / (target - base);
  if (status.method === 'rank') return latest === 0 ? null : target / latest;
  return target === 0 ? null : latest / target;
}

const collator = new Intl.Collator('zh-CN');

/** A row's value for a sort: a number, a string, or null when it has none. */
export type SortValue = number | string | null;

/**
 * Two values in the screen's order for `direction`: strings by zh-CN collation, numbers
 * by size, and values missing go last either way. 0 for a tie (ties keep the server's order).
 */
export function compareSortValues(a: SortValue, b: SortValue, direction: ExportDirection): number {
  const sign = direction === 'asc' ? 1 : -1;
  if (typeof a === 'string' && typeof b === 'string') return sign * collator.compare(a, b);
  const av = typeof a === 'number' ? a : null;
  const bv = typeof b === 'number' ? b : null;
  if (av === null || bv === null) return av === bv ? 0 : av === null ? 1 : -1;
  return sign * (av - bv);
}

/** A row's value for `sort`. */
export function sortValue(row: ScorecardRow, sort: ExportSort): SortValue {
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

/**
 * The rows in the order the screen shows them for the same sort and direction, so the file
 * a person downloads reads like the page they were looking at: rows without a value for the
 * key go last either way, and ties keep the server's order (document, then position).
 */
export function orderRows(
  rows: readonly ScorecardRow[],
  sort: ExportSort,
  direction: ExportDirection,
): ScorecardRow[] {
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort) }))
    .sort((a, b) => compareSortValues(a.value, b.value, direction) || a.index - b.index)
    .map((entry) => entry.row);
}
