import { describe, expect, it } from 'vitest';
import { findPlanPeriods, findYears, planPeriod } from './years.js';

describe('years', () => {
  it('reads arabic, Chinese and look-alike years', () => {
    expect(findYears('到2027年，基本建成').map((y) => [y.year, y.deadline])).toEqual([
      [2027, true],
    ]);
    expect(findYears('到二〇三五年').map((y) => y.year)).toEqual([2035]);
    expect(findYears('2021-2025年累计').map((y) => [y.from, y.year])).toEqual([[2021, 2025]]);
    expect(findYears('本世纪中叶要建成').map((y) => y.year)).toEqual([2050]);
    expect(findYears('90年代')).toEqual([]);
  });
  it('maps plan periods', () => {
    expect(planPeriod('十四五')).toEqual([2021, 2025]);
    expect(planPeriod('十五五')).toEqual([2026, 2030]);
    expect(planPeriod('十三五')).toEqual([2016, 2020]);
    expect(findPlanPeriods('“十四五”时期').map((p) => p.year)).toEqual([2025]);
  });
});
