import { describe, expect, it } from 'vitest';
import type { EffectiveObservation } from './observation-rows.js';
import { arrangeSeries, figuresForMeasure } from './series-figures.js';

let n = 0;
const obs = (fields: Partial<EffectiveObservation>): EffectiveObservation => ({
  id: String(n++),
  indicator_code: 'gdp',
  jurisdiction: 'x',
  year: 2025,
  period: null,
  measure: 'level',
  value: 100,
  base_unit: '元',
  comparator: '=',
  source: { type: 'manual', actor: 't' },
  item_id: null,
  created_at: '',
  ...fields,
});

describe('arrangeSeries', () => {
  it('splits by measure, keeps the last of identical figures and the order of the rest', () => {
    const a = obs({ year: 2024 });
    const b1 = obs({});
    const c = obs({ value: 101 });
    const b2 = obs({});
    const growth = obs({ measure: 'increase', value: 7 });
    const rank = obs({ measure: 'rank', value: 2, scope: '全省' });
    const rankOther = obs({ measure: 'rank', value: 2, scope: '全国' });
    const series = arrangeSeries([a, b1, c, b2, growth, rank, rankOther]);
    expect(series.level).toEqual([a, c, b2]);
    expect(series.change).toEqual([a, c, b2, growth]);
    expect(series.rank).toEqual([rank, rankOther]);
    expect(figuresForMeasure(series, null)).toBe(series.level);
    expect(figuresForMeasure(series, 'decrease')).toBe(series.change);
    expect(figuresForMeasure(undefined, 'rank')).toEqual([]);
  });
});
