import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target.js';
import { createFigureCache, figuresFor } from './figures.js';
import { YI, obs, target } from './test-support.js';

const yuan = { unit: '亿元', base_unit: '元', factor: YI } as const;
const levels = [2019, 2020, 2021, 2022, 2023, 2024].map((year) =>
  obs({ year, value: 1400 * 1.06 ** (year - 2019) * YI, base_unit: '元' }),
);
const growth = [2021, 2022, 2023, 2024].flatMap((year) => [
  obs({ year, value: 6.5, measure: 'increase', base_unit: '%' }),
  obs({ year, value: -1.2, measure: 'decrease', base_unit: '%', period: 'H1' }),
]);
const series = [...levels, ...growth];

const targets = [
  target({ metric: '生产总值', value: 2000, year: 2025, ...yuan }),
  target({ metric: '生产总值', value: 1700, year: 2023, ...yuan }),
  target({ metric: '生产总值', value: 2400, year: 2024, comparator: '<=', ...yuan }),
  target({ metric: '增长', measure: 'increase', value: 6, unit: '%', base_unit: '%', year: 2024 }),
  target({ metric: '下降', measure: 'decrease', value: 1, unit: '%', base_unit: '%', year: 2025 }),
  target({
    metric: '每年增长',
    measure: 'increase',
    value: 6,
    unit: '%',
    base_unit: '%',
    year: 2025,
    period: '2021-2025',
    recurring: true,
    text: '每年增长6%',
  }),
  target({
    metric: '翻一番',
    measure: 'increase',
    value: 100,
    unit: '%',
    base_unit: '%',
    year: 2030,
    text: '生产总值比2020年翻一番',
    baseline: { value: null, unit: null, year: 2020 },
  }),
];

describe('a shared FigureCache', () => {
  it('gives every target the status it gets without one', () => {
    const cache = createFigureCache();
    for (const asOf of ['2022-03-01', '2024-06-01', '2026-03-01']) {
      for (const item of targets) {
        const plain = evaluateTarget({ target: item, observations: series, asOf });
        const cached = evaluateTarget({
          target: item,
          observations: series,
          asOf,
          figureCache: cache,
        });
        expect(cached).toEqual(plain);
        // Twice, so the second call reads what the first one built.
        expect(
          evaluateTarget({ target: item, observations: series, asOf, figureCache: cache }),
        ).toEqual(plain);
      }
    }
  });

  it('builds one figure list per list, unit, measure and year, and keys lists by identity', () => {
    const cache = createFigureCache();
    const a = figuresFor('元', 'level', series, 2024, cache);
    expect(figuresFor('元', 'level', series, 2024, cache)).toBe(a);
    expect(a).toEqual(figuresFor('元', 'level', series, 2024));
    expect(figuresFor('元', 'level', series, 2023, cache)).not.toBe(a);
    expect(figuresFor(null, 'level', series, 2024, cache)).not.toBe(a);
    expect(figuresFor('%', 'decrease', series, 2024, cache)).toEqual(
      figuresFor('%', 'decrease', series, 2024),
    );
    expect(figuresFor('元', 'level', [...series], 2024, cache)).not.toBe(a);
  });
});
