import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target.js';
import { obs, target } from './test-support.js';

/** 规上工业增加值年均增长15%以上 (2021-2025), as in the 十四五 proposal. */
const average = target({
  metric: '规上工业增加值',
  measure: 'increase',
  comparator: '>=',
  value: 15,
  unit: '%',
  base_unit: '%',
  year: 2025,
  period: '2021-2025',
  recurring: true,
  text: '规上工业增加值年均增长15%以上',
});
/** 每年新增启动农村有机更新村50个以上. */
const everyYear = target({
  metric: '新增启动农村有机更新村',
  measure: 'increase',
  comparator: '>=',
  value: 50,
  unit: '个',
  base_unit: '个',
  year: 2025,
  recurring: true,
  text: '每年新增启动农村有机更新村50个以上',
});
const rate = (year: number, value: number, period: string | null = null) =>
  obs({ year, value, period, measure: 'increase', base_unit: '%' });
const villages = (year: number, value: number) =>
  obs({ year, value, measure: 'increase', base_unit: '个' });

describe('recurring targets (每年/年均)', () => {
  it('keeps a per-year list and judges 年均 by the compounded average so far', () => {
    const s = evaluateTarget({
      target: average,
      observations: [rate(2021, 20), rate(2022, 12), rate(2023, 14)],
      asOf: '2024-06-01',
    });
    expect(s.method).toBe('recurring-annual');
    expect(s.per_year.map((r) => r.status)).toEqual([
      'achieved',
      'missed',
      'missed',
      'not-yet-due',
      'not-yet-due',
    ]);
    const avg = (Math.cbrt(1.2 * 1.12 * 1.14) - 1) * 100;
    expect(s.numbers.actual_annual_growth).toBeCloseTo(avg, 10);
    expect(avg).toBeGreaterThan(15);
    expect(s.status).toBe('on-track');
    expect(s.explanation.zh).toContain('2021—2023年年均增长15.3%');
    expect(s.explanation.zh).toContain('3个完整年度中1个达标');
  });

  it('lets a reported period average decide at the end', () => {
    const s = evaluateTarget({
      target: average,
      observations: [rate(2021, 20), rate(2025, 13.9, '2021-2025')],
      asOf: '2026-04-01',
    });
    expect(s.status).toBe('missed');
    expect(s.numbers.latest_value).toBe(13.9);
  });

  it('judges 每年 by the latest complete year, and at the end requires every year', () => {
    const mid = evaluateTarget({
      target: everyYear,
      observations: [villages(2021, 40), villages(2022, 55)],
      asOf: '2023-06-01',
    });
    expect(mid.status).toBe('on-track');
    expect(mid.per_year.find((r) => r.year === 2021)?.status).toBe('missed');
    const end = evaluateTarget({
      target: everyYear,
      observations: [
        villages(2021, 40),
        villages(2022, 55),
        villages(2023, 60),
        villages(2024, 52),
        villages(2025, 51),
      ],
      asOf: '2026-04-01',
    });
    expect(end.status).toBe('missed');
    expect(end.explanation.zh).toContain('5个完整年度中4个达标');
    const clean = evaluateTarget({
      target: everyYear,
      observations: [
        villages(2021, 50),
        villages(2022, 55),
        villages(2023, 60),
        villages(2024, 52),
        villages(2025, 51),
      ],
      asOf: '2026-04-01',
    });
    expect(clean.status).toBe('achieved');
  });

  it('bands a latest year below target by attainment', () => {
    const s = evaluateTarget({
      target: everyYear,
      observations: [villages(2021, 40)],
      asOf: '2022-06-01',
    });
    expect(s.status).toBe('at-risk');
    expect(s.numbers.ratio).toBeCloseTo(0.8, 10);
  });

  it('marks missing years no-data once due, not-yet-due before', () => {
    const s = evaluateTarget({ target: everyYear, observations: [], asOf: '2021-06-01' });
    expect(s.status).toBe('not-yet-due');
    const late = evaluateTarget({
      target: everyYear,
      observations: [villages(2022, 60)],
      asOf: '2023-06-01',
    });
    expect(late.per_year.slice(0, 2).map((r) => r.status)).toEqual(['no-data', 'achieved']);
  });
});
