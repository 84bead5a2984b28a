import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target.js';
import { target } from './test-support.js';

/** Issue 8: a target past its deadline with no figure reads 逾期未报, not plain 暂无数据. */
describe('the word of a target due and unreported', () => {
  const status = (year: number, kind: 'target' | 'milestone' = 'target', asOf = '2026-06-30') =>
    evaluateTarget({
      target: target({
        metric: '海外仓',
        kind,
        value: kind === 'target' ? 200 : null,
        unit: '个',
        base_unit: '个',
        year,
      }),
      observations: [],
      asOf,
    });

  it('says 逾期未报 once the deadline year’s figure is due and none came', () => {
    const overdue = status(2023);
    expect(overdue.status).toBe('no-data');
    expect(overdue.label).toEqual({ zh: '逾期未报', en: 'overdue, not reported' });
    expect(status(2023, 'milestone').label.zh).toBe('逾期未报');
  });

  it('keeps plain 暂无数据 before the deadline and for a target with no year', () => {
    // a 2027 target with no figure at all lacks its base year's figure: no data, not overdue
    expect(status(2027).status).toBe('no-data');
    expect(status(2027).label.zh).toBe('暂无数据');
    const noYear = evaluateTarget({
      target: target({ metric: '海外仓', value: 200, year: null }),
      observations: [],
      asOf: '2026-06-30',
    });
    expect(noYear.label.zh).toBe('暂无数据');
  });
});
