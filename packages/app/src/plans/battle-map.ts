import type { StatusCode } from '@lantu/core';
import type { PlanEvaluation, PlanIndicatorRow } from './plan-types.js';

/** One target or task on the 作战图. */
export interface BattleMapEntry {
  readonly item_id: string;
  readonly kind: 'target' | 'milestone';
  readonly label: string;
  readonly target: string;
  readonly status: StatusCode;
  readonly status_label: { readonly zh: string; readonly en: string };
}

/** One row of the map: a field (outline section) and its entries per deadline year. */
export interface BattleMapRow {
  readonly name: string;
  /** Entries per column, in `columns` order. */
  readonly cells: readonly (readonly BattleMapEntry[])[];
}

/**
 * The 作战图 of a plan: responsibility down the side (the plan's fields — its top-level
 * sections; responsible units once targets are assigned), time across (one column per
 * year of the period, each target in the year it falls due), every target and task in its
 * cell coloured by status.
 */
export interface BattleMap {
  readonly plan: PlanEvaluation['plan'];
  readonly as_of: string;
  /** Column headings: the years of the plan period. */
  readonly columns: readonly number[];
  readonly rows: readonly BattleMapRow[];
  readonly counts: PlanEvaluation['overall']['counts'];
}

const NO_SECTION = '其他';

function entryLabel(row: PlanIndicatorRow): string {
  if (row.kind === 'target') return row.indicator;
  const sentence = row.target_source.sentence ?? row.indicator;
  return sentence.length > 24 ? `${sentence.slice(0, 23)}…` : sentence;
}

/** Builds the map from a plan's evaluation; `section` keeps one field only. */
export function battleMap(
  evaluation: PlanEvaluation,
  filter: { readonly section?: string; readonly status?: StatusCode } = {},
): BattleMap {
  const { plan } = evaluation;
  const columns = Array.from(
    { length: plan.end_year - plan.start_year + 1 },
    (_, i) => plan.start_year + i,
  );
  const rows = new Map<string, BattleMapEntry[][]>();
  for (const row of evaluation.rows) {
    const name = row.section ?? NO_SECTION;
    if (filter.section !== undefined && name !== filter.section) continue;
    if (filter.status !== undefined && row.status !== filter.status) continue;
    // Undated targets fall due at the end of the period.
    const year = row.year ?? plan.end_year;
    const column = Math.min(Math.max(year, plan.start_year), plan.end_year) - plan.start_year;
    const cells = rows.get(name) ?? columns.map(() => []);
    cells[column]?.push({
      item_id: row.item_id,
      kind: row.kind,
      label: entryLabel(row),
      target: row.target,
      status: row.status,
      status_label: row.status_label,
    });
    rows.set(name, cells);
  }
  return {
    plan,
    as_of: evaluation.as_of,
    columns,
    rows: [...rows].map(([name, cells]) => ({ name, cells })),
    counts: evaluation.overall.counts,
  };
}
