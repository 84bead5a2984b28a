import { describe, expect, it } from 'vitest';
import { fiveYearPeriod, fiveYearPeriodOf, inferPlan, rollUp, rollUpBy } from './index.js';

describe('five-year periods', () => {
  it('names the period by its last year', () => {
    expect(fiveYearPeriod(2025)).toEqual({
      startYear: 2021,
      endYear: 2025,
      nameZh: '十四五',
      nameEn: '14th Five-Year Plan',
    });
    expect(fiveYearPeriod(2030).nameZh).toBe('十五五');
    expect(fiveYearPeriod(2005).nameZh).toBe('十五');
    expect(fiveYearPeriod(2000).nameZh).toBe('九五');
    expect(fiveYearPeriod(2050).nameZh).toBe('十九五');
    expect(fiveYearPeriod(2027).nameZh).toBeNull();
  });

  it('finds the period a year falls in', () => {
    expect(fiveYearPeriodOf(2021).endYear).toBe(2025);
    expect(fiveYearPeriodOf(2025).endYear).toBe(2025);
    expect(fiveYearPeriodOf(2026).endYear).toBe(2030);
  });
});

describe('inferPlan', () => {
  const base = { date: '2021-01-01', horizon: 2025, jurisdiction: '义乌市' } as const;

  it('attaches proposals and outlines by the period the title names', () => {
    const proposal = inferPlan({
      ...base,
      kind: 'plan-proposal',
      title: '中共义乌市委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
    });
    expect(proposal?.period.nameZh).toBe('十四五');
    expect(proposal?.role).toBe('plan');
    const outline = inferPlan({
      ...base,
      kind: 'five-year-plan',
      horizon: 2035,
      title: '金华市国民经济和社会发展第十五个五年规划纲要',
    });
    expect(outline?.period.endYear).toBe(2030);
  });

  it('falls back to a horizon on the five-year grid', () => {
    expect(inferPlan({ ...base, kind: 'five-year-plan', title: '规划纲要' })?.period.endYear).toBe(
      2025,
    );
    expect(inferPlan({ ...base, kind: 'five-year-plan', horizon: 2027, title: '规划' })).toBeNull();
  });

  it("attaches a work report of a period's first year to the period it reviews", () => {
    const report = inferPlan({
      ...base,
      kind: 'work-report',
      date: '2026-01-20',
      horizon: 2026,
      title: '2026年义乌市政府工作报告',
    });
    expect(report?.period.nameZh).toBe('十四五');
    expect(report?.role).toBe('yearly-report');
    const midway = inferPlan({ ...base, kind: 'work-report', date: '2023-02-01', title: '报告' });
    expect(midway?.period.endYear).toBe(2025);
  });

  it('recognises implementation evaluations and needs a jurisdiction', () => {
    const evaluation = inferPlan({
      ...base,
      kind: 'other',
      title: '义乌市“十四五”规划纲要实施情况中期评估报告',
    });
    expect(evaluation?.role).toBe('evaluation');
    expect(
      inferPlan({ ...base, jurisdiction: null, kind: 'plan-proposal', title: 'x' }),
    ).toBeNull();
  });
});

describe('rollUp', () => {
  it('counts due, assessed and the completion rate over assessed targets only', () => {
    const r = rollUp(['achieved', 'achieved', 'missed', 'no-data', 'not-yet-due', 'on-track']);
    expect(r.total).toBe(6);
    expect(r.due).toBe(5);
    expect(r.assessed).toBe(4);
    expect(r.completionRate).toBe(0.5);
    expect(r.coverage).toBe(0.8);
  });

  it('gives null rates, not 0 %, when nothing can be judged', () => {
    const r = rollUp(['no-data', 'not-yet-due']);
    expect(r.completionRate).toBeNull();
    expect(r.coverage).toBe(0);
    expect(rollUp([]).coverage).toBeNull();
  });

  it('groups in first-seen order, a row in several groups', () => {
    const groups = rollUpBy(
      [
        { g: ['b'], s: 'achieved' as const },
        { g: ['a', 'b'], s: 'missed' as const },
      ],
      (row) => row.g,
      (row) => row.s,
    );
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')?.counts.missed).toBe(1);
    expect(groups.get('b')?.total).toBe(2);
  });
});
