import { STATUS_CODES, type StatusCode } from '../evaluate/types.js';

/**
 * Status counts of a group of targets (a plan, a section, a framework part, a unit) and
 * the two indexes an evaluation report leads with (docs/status-method.md, "Roll-up"):
 *
 * - 完成率 (completion rate) = achieved ÷ due targets with data. A target is due when its
 *   status is anything but not-yet-due; "with data" leaves out no-data, which is reported
 *   on its own (a missing figure is neither a success nor a failure of the plan).
 * - 数据覆盖率 (coverage) = due targets with data ÷ due targets.
 *
 * Both are null when their denominator is zero, never a misleading 0 %.
 */
export interface RollUp {
  readonly total: number;
  readonly counts: Readonly<Record<StatusCode, number>>;
  /** Targets whose deadline has come (every status but not-yet-due). */
  readonly due: number;
  /** Due targets with a figure to judge by. */
  readonly assessed: number;
  readonly completionRate: number | null;
  readonly coverage: number | null;
}

export function emptyCounts(): Record<StatusCode, number> {
  return Object.fromEntries(STATUS_CODES.map((code) => [code, 0])) as Record<StatusCode, number>;
}

/** The roll-up of a list of statuses. */
export function rollUp(statuses: Iterable<StatusCode>): RollUp {
  const counts = emptyCounts();
  let total = 0;
  for (const status of statuses) {
    counts[status] += 1;
    total += 1;
  }
  const due = total - counts['not-yet-due'];
  const assessed = due - counts['no-data'];
  return {
    total,
    counts,
    due,
    assessed,
    completionRate: assessed === 0 ? null : counts.achieved / assessed,
    coverage: due === 0 ? null : assessed / due,
  };
}

/**
 * Roll-ups per group, groups in the order they are first met (so a report lists sections
 * in document order). A row may belong to several groups (a target in two framework parts).
 */
export function rollUpBy<T>(
  rows: readonly T[],
  groupsOf: (row: T) => readonly string[],
  statusOf: (row: T) => StatusCode,
): Map<string, RollUp> {
  const grouped = new Map<string, StatusCode[]>();
  for (const row of rows) {
    for (const group of groupsOf(row)) {
      const list = grouped.get(group) ?? [];
      list.push(statusOf(row));
      grouped.set(group, list);
    }
  }
  return new Map([...grouped].map(([group, statuses]) => [group, rollUp(statuses)]));
}
