import { analyseTarget, analysisSentenceEn, analysisSentenceZh, formatZh } from '@lantu/core';
import type { StoredObservation } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import type { ScorecardRow } from '../types.js';
import { unitFactor } from './figure-text.js';

/** The analysis sentences of one row, or null where the model does not apply. */
export type RowAnalysis = { readonly zh: string; readonly en: string } | null;

const LEVEL_COMPARATORS = new Set(['>=', '>', '<=', '<', '~', '=']);

/**
 * The 数据分析模型 for the level targets among `rows` (growth still required, trend to the
 * deadline, just met/missed): whole-year exact figures of the same indicator, place and
 * measure, read once per series.
 */
export async function analyseRows(
  ctx: AppContext,
  rows: readonly ScorecardRow[],
): Promise<Map<string, RowAnalysis>> {
  const series = new Map<string, Promise<StoredObservation[]>>();
  const seriesOf = (indicatorCode: string, jurisdictionCode: string) => {
    const key = `${indicatorCode}\u0000${jurisdictionCode}`;
    let found = series.get(key);
    if (found === undefined) {
      found = ctx.store.observations.series({ indicatorCode, jurisdictionCode, measure: 'level' });
      series.set(key, found);
    }
    return found;
  };
  const result = new Map<string, RowAnalysis>();
  for (const row of rows) {
    const { item } = row;
    const applies =
      item.kind === 'target' &&
      item.measure === 'level' &&
      item.indicator_code !== null &&
      item.jurisdiction_code !== null &&
      item.base_value !== null &&
      item.year !== null &&
      LEVEL_COMPARATORS.has(item.comparator ?? '=');
    if (!applies || item.indicator_code === null || item.jurisdiction_code === null) {
      result.set(item.id, null);
      continue;
    }
    const figures = (await seriesOf(item.indicator_code, item.jurisdiction_code))
      .filter((o) => o.period === null && o.comparator === '=')
      .map((o) => ({ year: o.year, value: o.value }));
    const analysis = analyseTarget(figures, {
      value: item.base_value ?? 0,
      year: item.year ?? 0,
      comparator: item.comparator,
    });
    const display = { unit: item.unit, baseUnit: item.base_unit, factor: unitFactor(item) };
    const show = (value: number) => formatZh(value, display);
    const zh = analysisSentenceZh(analysis, item.year ?? 0, show);
    const en = analysisSentenceEn(analysis, item.year ?? 0, show);
    result.set(item.id, zh === '' ? null : { zh, en });
  }
  return result;
}
