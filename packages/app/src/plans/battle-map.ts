import { parseChineseNumeral, type StatusCode } from '@lantu/core';
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

/** One row of the map: a responsible unit (or a field) and its entries per quarter. */
export interface BattleMapRow {
  readonly name: string;
  /** Entries per column, in `columns` order. */
  readonly cells: readonly (readonly BattleMapEntry[])[];
}

/** One column: a quarter of a year, the quarter a target falls due in. */
export interface BattleMapColumn {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly label: { readonly zh: string; readonly en: string };
}

/**
 * The 作战图 of a plan: responsibility down the side (the lead units, once targets are
 * assigned; the plan's fields — its top-level sections — before), time across (the quarters
 * of the plan period up to its last deadline), every target and task in the quarter it falls
 * due, coloured by status.
 */
export interface BattleMap {
  readonly plan: PlanEvaluation['plan'];
  readonly as_of: string;
  /** What the rows are: responsible units, or fields when nothing is assigned yet. */
  readonly axis: 'unit' | 'section';
  readonly columns: readonly BattleMapColumn[];
  readonly rows: readonly BattleMapRow[];
  readonly counts: PlanEvaluation['overall']['counts'];
  /** Every field and every responsible unit of the plan, unfiltered: the filters' choices. */
  readonly sections: readonly string[];
  readonly units: readonly string[];
}

/** Row of targets outside every section. */
export const NO_SECTION = '其他';
/** Row of targets no unit leads yet, on a map by unit. */
export const UNASSIGNED = '未交办';

const QUARTER_ZH = ['一', '二', '三', '四'] as const;

/**
 * The quarter a target falls due in: the end of its period (`H1` → Q2, `Q1-Q3` → Q3,
 * `Q2` → Q2); a whole-year target (到2025年, 全年) is due at the year end, Q4.
 */
export function dueQuarter(period: string | null): 1 | 2 | 3 | 4 {
  if (period === null) return 4;
  if (/^H1$/iu.test(period)) return 2;
  const quarters = [...period.matchAll(/Q([1-4])/giu)].map((m) => Number(m[1]));
  const last = quarters.at(-1);
  return last === 1 || last === 2 || last === 3 ? last : 4;
}

function entryLabel(row: PlanIndicatorRow): string {
  if (row.kind === 'target') return row.indicator;
  const sentence = row.target_source.sentence ?? row.indicator;
  return sentence.length > 24 ? `${sentence.slice(0, 23)}…` : sentence;
}

function quarterColumns(startYear: number, endYear: number): BattleMapColumn[] {
  const columns: BattleMapColumn[] = [];
  for (let year = startYear; year <= endYear; year += 1) {
    for (const quarter of [1, 2, 3, 4] as const) {
      columns.push({
        year,
        quarter,
        label: { zh: `${year}年${QUARTER_ZH[quarter - 1]}季度`, en: `${year} Q${quarter}` },
      });
    }
  }
  return columns;
}

/** Builds the map from a plan's evaluation; `section` and `unit` keep one field or unit. */
export function battleMap(
  evaluation: PlanEvaluation,
  filter: {
    readonly section?: string;
    readonly unit?: string;
    readonly status?: StatusCode;
  } = {},
): BattleMap {
  const { plan } = evaluation;
  const axis = evaluation.units.length > 0 ? 'unit' : 'section';
  // Up to the last deadline: undated targets fall due at the end of the period.
  const lastYear = Math.max(plan.end_year, ...evaluation.rows.map((row) => row.year ?? 0));
  const columns = quarterColumns(plan.start_year, lastYear);
  const rows = new Map<string, BattleMapEntry[][]>();
  for (const row of evaluation.rows) {
    const section = row.section ?? NO_SECTION;
    const units = row.units.length === 0 ? [UNASSIGNED] : row.units;
    if (filter.section !== undefined && section !== filter.section) continue;
    if (filter.unit !== undefined && !units.includes(filter.unit)) continue;
    if (filter.status !== undefined && row.status !== filter.status) continue;
    const year = Math.max(row.year ?? plan.end_year, plan.start_year);
    const column = (year - plan.start_year) * 4 + dueQuarter(row.period) - 1;
    const names = axis === 'unit' ? units : [section];
    for (const name of names) {
      if (filter.unit !== undefined && axis === 'unit' && name !== filter.unit) continue;
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
  }
  const ordered = [...rows].sort(([a], [b]) => rowOrder(evaluation, axis, a, b));
  return {
    plan,
    as_of: evaluation.as_of,
    axis,
    columns,
    rows: ordered.map(([name, cells]) => ({ name, cells })),
    counts: evaluation.overall.counts,
    sections: [...new Set(evaluation.rows.map((row) => row.section ?? NO_SECTION))].sort((a, b) =>
      rowOrder(evaluation, 'section', a, b),
    ),
    units: evaluation.units.map((group) => group.name),
  };
}

/**
 * Units in the evaluation's order, the unassigned last; fields by their number (一、 before
 * 二、, 十、 before 十一、), unnumbered fields by name and 其他 last. Not first-seen: the rows
 * of a plan's documents arrive in an order the map should not depend on.
 */
function rowOrder(evaluation: PlanEvaluation, axis: 'unit' | 'section', a: string, b: string) {
  if (axis === 'section') return fieldNumber(a) - fieldNumber(b) || a.localeCompare(b, 'zh-CN');
  const rank = (name: string) => {
    const index = evaluation.units.findIndex((group) => group.name === name);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return rank(a) - rank(b);
}

/** The number a field's name starts with (九、… → 9); after every number when it has none. */
export function fieldNumber(name: string): number {
  if (name === NO_SECTION) return Number.MAX_SAFE_INTEGER;
  const label = /^第?([零〇一二两三四五六七八九十百]+)[、章篇部分.．]/u.exec(name)?.[1];
  const number = label === undefined ? null : parseChineseNumeral(label);
  return number ?? Number.MAX_SAFE_INTEGER - 1;
}
