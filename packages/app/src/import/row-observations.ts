import {
  toBaseValue,
  type IndicatorCatalog,
  type Jurisdiction,
  type Observation,
} from '@lantu/core';
import type { ColumnMap } from './columns.js';
import { parsePeriod } from './period-text.js';
import { resolveIndicator } from './resolve-indicator.js';
import { cellText, type Cell } from './table.js';
import { unitFor } from './unit-for.js';
import { parseMeasure, parseValue } from './value-text.js';

/** What reading a row needs besides the row. */
export interface RowContext {
  readonly fileName: string;
  readonly columns: ColumnMap;
  readonly catalog: IndicatorCatalog;
  /** Each jurisdiction cell's text → the jurisdiction with its parents' names, or why not. */
  readonly jurisdictions: ReadonlyMap<
    string,
    { jurisdiction: Jurisdiction; names: readonly string[] } | string
  >;
}

/** The observations one row gives (a value and/or a growth figure), or every problem in it. */
export type RowOutcome =
  | { readonly ok: true; readonly observations: Observation[] }
  | { readonly ok: false; readonly problems: string[] };

/**
 * Reads one data row (`row` is its 1-based number in the file). All problems of the row
 * are collected rather than the first, so one pass over a file lists everything to fix.
 */
export function rowObservations(cells: readonly Cell[], row: number, ctx: RowContext): RowOutcome {
  const at = (column: keyof ColumnMap): Cell | undefined => {
    const index = ctx.columns[column];
    return index === undefined ? undefined : cells[index];
  };
  const problems: string[] = [];
  const indicatorText = cellText(at('indicator'));
  const jurisdictionText = cellText(at('jurisdiction'));
  const place = ctx.jurisdictions.get(jurisdictionText);
  if (jurisdictionText === '') problems.push('no jurisdiction');
  else if (typeof place === 'string' || place === undefined)
    problems.push(place ?? `unknown jurisdiction "${jurisdictionText}"`);
  const named =
    indicatorText === ''
      ? null
      : resolveIndicator(indicatorText, ctx.catalog, typeof place === 'object' ? place.names : []);
  if (indicatorText === '') problems.push('no indicator');
  else if (named === null) problems.push(`unknown indicator "${indicatorText}"`);
  const when = parsePeriod(cellText(at('period')), cellText(at('year')));
  if (typeof when === 'string') problems.push(when);
  const measureText = cellText(at('measure'));
  const statedMeasure = parseMeasure(measureText);
  if (statedMeasure === undefined)
    problems.push(`unknown measure "${measureText}" (level, increase, decrease, rank)`);

  const valueCell = at('value');
  const growthCell = at('growth');
  const hasValue = cellText(valueCell) !== '';
  const hasGrowth = cellText(growthCell) !== '';
  if (!hasValue && !hasGrowth) problems.push('no value');
  if (
    named === null ||
    typeof when === 'string' ||
    typeof place !== 'object' ||
    statedMeasure === undefined
  ) {
    return { ok: false, problems };
  }
  const { indicator } = named;
  const observations: Observation[] = [];
  const figure = (
    cell: Cell | undefined,
    measure: Observation['measure'],
    unitText: string,
    label: string,
  ): void => {
    const parsed = parseValue(cell);
    const unit = unitFor(unitText, measure, indicator);
    if (typeof parsed === 'string') problems.push(`${label}${parsed}`);
    if (typeof unit === 'string') problems.push(`${label}${unit}`);
    if (typeof parsed === 'string' || typeof unit === 'string') return;
    observations.push({
      indicator_code: indicator.code,
      jurisdiction: place.jurisdiction.code,
      year: when.year,
      period: when.period,
      measure,
      value: toBaseValue(parsed.value, unit.factor),
      base_unit: unit.base,
      comparator: parsed.comparator,
      source: { type: 'table', file: ctx.fileName, row },
    });
  };
  if (hasValue) {
    const unitText = cellText(at('unit'));
    figure(
      valueCell,
      measureOf(statedMeasure, named.impliedMeasure, unitText, indicator.unit_family),
      unitText,
      '',
    );
  }
  if (hasGrowth) figure(growthCell, 'increase', '%', 'growth: ');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, observations };
}

/**
 * The measure of the value column: as stated, else as the indicator's name implies
 * (GDP增速), else a rank for 位, a growth rate for % of an indicator not kept in %
 * (a level in % would be a share, which is another indicator), else a level.
 */
function measureOf(
  stated: Observation['measure'] | null,
  implied: 'increase' | 'rank' | null,
  unitText: string,
  family: string,
): Observation['measure'] {
  if (stated !== null) return stated;
  if (implied !== null) return implied;
  const unit = unitText.normalize('NFKC').trim();
  if (unit === '位' || unit === '名次') return 'rank';
  if ((unit === '%' || unit === '个百分点') && family !== 'percent') return 'increase';
  return 'level';
}
