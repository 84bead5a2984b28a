/**
 * The target an indicator page charts when the URL names none. A target that can already be
 * judged (its deadline passed or its path measurable) comes before one not yet due, so a
 * plan's current period (十四五, 2025) is shown before its far vision (2035); among those,
 * the worst-off first, then the nearest deadline.
 */
import type { ScorecardRow } from '../api/types.js';
import { STATUS_SEVERITY } from '../status/status-meta.js';

function judgeable(row: ScorecardRow): number {
  const status = row.status.status;
  return status === 'not-yet-due' || status === 'no-data' ? 1 : 0;
}

export function defaultTarget(targets: readonly ScorecardRow[]): ScorecardRow | null {
  return (
    [...targets].sort(
      (a, b) =>
        judgeable(a) - judgeable(b) ||
        STATUS_SEVERITY[a.status.status] - STATUS_SEVERITY[b.status.status] ||
        (a.item.year ?? 9999) - (b.item.year ?? 9999),
    )[0] ?? null
  );
}
