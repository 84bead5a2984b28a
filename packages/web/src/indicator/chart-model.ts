/**
 * What the indicator chart shows, worked out without ECharts so it can be tested: the actual
 * figures that match the chosen target's measure and unit, the target, the required path and
 * the path at the actual pace. Each actual point keeps its observation for the source link.
 */
import type { IndicatorSeries, ScorecardRow, StoredObservation } from '../api/types.js';
import { rankSubject } from './rank-subject.js';
import { pathBetween, projectAtPace, type Growth, type YearValue } from './trajectory.js';

/** How a figure stands against the path to its target: drawn in the status colours. */
export type PointTone = 'ahead' | 'behind' | null;

export interface ActualPoint extends YearValue {
  readonly observation: StoredObservation;
  readonly tone: PointTone;
}

export interface ChartModel {
  readonly measure: StoredObservation['measure'];
  readonly unit: string | null;
  readonly actual: readonly ActualPoint[];
  readonly target: {
    readonly year: number | null;
    readonly value: number;
    readonly valueMax: number | null;
    readonly text: string;
  } | null;
  readonly required: readonly YearValue[];
  readonly projected: readonly YearValue[];
  /** Every year on the x axis, in order. */
  readonly years: readonly number[];
  /** Smaller is better on this chart (ranks, lower-is-better indicators): ranks draw 1 on top. */
  readonly smallerIsBetter: boolean;
}

/** The measure most observations have, preferring levels on a tie (the usual chart). */
function dominantMeasure(observations: readonly StoredObservation[]): StoredObservation['measure'] {
  const counts = new Map<StoredObservation['measure'], number>();
  for (const o of observations) counts.set(o.measure, (counts.get(o.measure) ?? 0) + 1);
  let best: StoredObservation['measure'] = 'level';
  let bestCount = counts.get('level') ?? 0;
  for (const [measure, count] of counts) {
    if (count > bestCount) {
      best = measure;
      bestCount = count;
    }
  }
  return best;
}

/** One figure per whole year: an exact figure beats a threshold (突破) of the same year. */
function onePerYear(observations: readonly StoredObservation[]): ActualPoint[] {
  const byYear = new Map<number, StoredObservation>();
  for (const o of observations) {
    const current = byYear.get(o.year);
    if (!current || (current.comparator !== '=' && o.comparator === '=')) byYear.set(o.year, o);
  }
  return [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((observation) => ({
      year: observation.year,
      value: observation.value,
      observation,
      tone: null,
    }));
}

/**
 * Ranks of one kind only: the target's scope (全省县（市、区）) and subject (增速 or 总量), or,
 * without a target, the scope most figures have. Mixing them draws one line through unrelated
 * rankings.
 */
/**
 * The ranking's scope (全省县（市、区）). The series answer carries the linked item's scope on
 * each observation, though the observation type does not declare it; read it defensively.
 */
function scopeOf(o: StoredObservation): string {
  const scope = (o as { readonly scope?: unknown }).scope;
  return typeof scope === 'string' ? scope : '';
}

function sameRanking(
  observations: readonly StoredObservation[],
  item: ScorecardRow['item'] | undefined,
): StoredObservation[] {
  const scopes = new Map<string, number>();
  for (const o of observations) scopes.set(scopeOf(o), (scopes.get(scopeOf(o)) ?? 0) + 1);
  const commonScope = [...scopes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const scope = item?.scope ?? commonScope;
  const subject = item ? rankSubject(item.text) : null;
  return observations.filter(
    (o) =>
      scopeOf(o) === scope &&
      (subject === null ||
        o.source.type !== 'document' ||
        rankSubject(o.source.text) === null ||
        rankSubject(o.source.text) === subject),
  );
}

/** The path value a figure is measured against in its year: the required path, else the target once due. */
function toneOf(
  point: YearValue,
  required: readonly YearValue[],
  target: ChartModel['target'],
  smallerIsBetter: boolean,
): PointTone {
  const expected =
    required.find((p) => p.year === point.year)?.value ??
    (target && target.year !== null && point.year >= target.year ? target.value : undefined);
  if (expected === undefined) return null;
  const ahead = smallerIsBetter ? point.value <= expected : point.value >= expected;
  return ahead ? 'ahead' : 'behind';
}

export function buildChartModel(
  series: IndicatorSeries,
  row: ScorecardRow | null,
  /** Chart this measure without a target (the level series beside a growth target). */
  only?: StoredObservation['measure'],
): ChartModel {
  const item = row?.item;
  const measure =
    only ??
    (item?.measure === 'increase' ||
    item?.measure === 'decrease' ||
    item?.measure === 'rank' ||
    item?.measure === 'level'
      ? item.measure
      : dominantMeasure(series.observations));
  const unit =
    only === undefined
      ? (item?.base_unit ?? series.indicator.base_unit)
      : series.indicator.base_unit;
  const matching = series.observations.filter(
    (o) =>
      o.period === null &&
      o.measure === measure &&
      (unit === null || o.base_unit === null || o.base_unit === unit),
  );
  const smallerIsBetter = measure === 'rank' || series.indicator.polarity === 'lower-is-better';
  const yearly = onePerYear(measure === 'rank' ? sameRanking(matching, item) : matching);

  const n = row?.status.numbers;
  const target =
    n && n.target_value !== null
      ? {
          year: n.target_year,
          value: n.target_value,
          valueMax: n.target_value_max,
          text: row.item.text,
        }
      : null;

  // The status method decides (CAGR or linear ratio); otherwise levels compound and rates,
  // shares and ranks move in points.
  const method = row?.status.method;
  const growth: Growth =
    method === 'eurostat-cagr-ratio'
      ? 'compound'
      : method === 'linear-ratio'
        ? 'linear'
        : measure === 'level' && unit !== '%'
          ? 'compound'
          : 'linear';
  const required =
    n &&
    n.baseline_year !== null &&
    n.baseline_value !== null &&
    n.target_year !== null &&
    n.target_value !== null
      ? pathBetween(
          { year: n.baseline_year, value: n.baseline_value },
          { year: n.target_year, value: n.target_value },
          growth,
        )
      : [];
  const projected =
    n &&
    n.latest_year !== null &&
    n.latest_value !== null &&
    n.target_year !== null &&
    n.actual_annual_growth !== null
      ? projectAtPace(
          { year: n.latest_year, value: n.latest_value },
          n.actual_annual_growth,
          n.target_year,
          growth,
        )
      : [];

  const actual = yearly.map((p) => ({ ...p, tone: toneOf(p, required, target, smallerIsBetter) }));

  const years = new Set<number>();
  for (const p of [...actual, ...required, ...projected]) years.add(p.year);
  if (target?.year !== null && target?.year !== undefined) years.add(target.year);
  const sorted = [...years].sort((a, b) => a - b);
  // Fill gaps so the x axis has every year between the first and the last.
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const allYears: number[] = [];
  if (first !== undefined && last !== undefined)
    for (let y = first; y <= last; y += 1) allYears.push(y);

  return { measure, unit, actual, target, required, projected, years: allYears, smallerIsBetter };
}
