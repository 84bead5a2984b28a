import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target.js';
import { partYearMonths } from './period.js';
import { YI, obs, target } from './test-support.js';

const exportGrowth = target({
  metric: '出口',
  measure: 'increase',
  comparator: '>=',
  value: 15,
  unit: '%',
  base_unit: '%',
  year: 2026,
});
const growth = (period: string, value: number) =>
  obs({ year: 2026, period, measure: 'increase', value, base_unit: '%' });

describe('partYearMonths', () => {
  it('reads cumulative periods and refuses the rest', () => {
    expect(partYearMonths('H1')).toBe(6);
    expect(partYearMonths('Q1')).toBe(3);
    expect(partYearMonths('Q1-Q3')).toBe(9);
    expect(partYearMonths('M1-M11')).toBe(11);
    expect(partYearMonths('M1')).toBe(1);
    expect(partYearMonths('H2')).toBeNull();
    expect(partYearMonths('Q3')).toBeNull();
    expect(partYearMonths('2021-2025')).toBeNull();
    expect(partYearMonths(null)).toBeNull();
  });
});

describe('序时进度 on growth targets', () => {
  it('is on schedule when cumulative growth meets the target rate', () => {
    const s = evaluateTarget({
      target: exportGrowth,
      observations: [growth('H1', 15.2)],
      asOf: '2026-08-01',
    });
    expect(s.method).toBe('xushi-progress');
    expect(s.status).toBe('on-track');
    expect(s.label.zh).toBe('按序时推进');
    expect(s.numbers.elapsed_share).toBe(0.5);
    expect(s.explanation.zh).toBe(
      '2026年上半年出口增长15.2%，全年目标增长15%以上，高于目标0.2个百分点，按序时推进。',
    );
  });

  it('is 超序时 well above the rate', () => {
    const s = evaluateTarget({
      target: exportGrowth,
      observations: [growth('H1', 24.6)],
      asOf: '2026-08-01',
    });
    expect(s.label.zh).toBe('超序时');
  });

  it('is behind (滞后序时) below the rate, and far behind below 60% of it', () => {
    const behind = evaluateTarget({
      target: exportGrowth,
      observations: [growth('Q1-Q3', 12)],
      asOf: '2026-11-01',
    });
    expect(behind.status).toBe('at-risk');
    expect(behind.label.zh).toBe('滞后序时');
    expect(behind.numbers.ratio).toBeCloseTo(0.8, 10);
    expect(behind.explanation.zh).toContain('前三季度');
    expect(behind.explanation.zh).toContain('低于目标3个百分点');
    const far = evaluateTarget({
      target: exportGrowth,
      observations: [growth('Q1-Q3', 5)],
      asOf: '2026-11-01',
    });
    expect(far.status).toBe('off-track');
    expect(far.label.zh).toBe('严重滞后序时');
  });

  it('uses the longest cumulative period and ignores other years', () => {
    const s = evaluateTarget({
      target: exportGrowth,
      observations: [
        growth('H1', 20),
        growth('M1-M10', 10),
        obs({ year: 2025, period: 'M1-M11', measure: 'increase', value: 30, base_unit: '%' }),
      ],
      asOf: '2026-11-22',
    });
    expect(s.numbers.latest_period).toBe('M1-M10');
    expect(s.status).toBe('at-risk');
  });

  it('lets the whole-year figure decide once it is out', () => {
    const s = evaluateTarget({
      target: exportGrowth,
      observations: [
        growth('H1', 20),
        obs({ year: 2026, measure: 'increase', value: 14, base_unit: '%' }),
      ],
      asOf: '2027-02-01',
    });
    expect(s.method).toBe('deadline-comparator');
    expect(s.status).toBe('missed');
    expect(s.explanation.zh).toBe(
      '2026年出口增长14%，目标增长15%以上，未完成，低于目标1个百分点。',
    );
  });

  it('reads a decrease target against a negative increase (能耗下降3%)', () => {
    const s = evaluateTarget({
      target: {
        ...exportGrowth,
        metric: '单位GDP能耗',
        measure: 'decrease',
        value: 3,
        base_value: 3,
      },
      polarity: 'lower-is-better',
      observations: [growth('H1', -2.1)],
      asOf: '2026-08-01',
    });
    expect(s.status).toBe('at-risk');
    expect(s.numbers.latest_value).toBeCloseTo(2.1, 10);
    expect(s.explanation.zh).toContain('下降2.1%');
  });
});

describe('序时进度 on running totals', () => {
  const investment = target({
    metric: '固定资产投资',
    comparator: '>=',
    value: 1000,
    year: 2026,
    unit: '亿元',
    base_unit: '元',
    factor: YI,
  });
  const total = (period: string, yi: number) =>
    obs({ year: 2026, period, value: yi * YI, base_unit: '元' });

  it('compares the share done with the share of the year gone (1—11月 = 91.7%)', () => {
    const s = evaluateTarget({
      target: investment,
      observations: [total('M1-M11', 900)],
      asOf: '2026-12-15',
    });
    expect(s.numbers.elapsed_share).toBeCloseTo(11 / 12, 10);
    expect(s.numbers.progress_share).toBeCloseTo(0.9, 10);
    expect(s.status).toBe('at-risk');
    expect(s.explanation.zh).toBe(
      '2026年1—11月固定资产投资900亿元，完成全年目标（不低于1000亿元）的90%，序时进度91.7%，滞后序时。',
    );
    expect(
      evaluateTarget({
        target: investment,
        observations: [total('M1-M11', 930)],
        asOf: '2026-12-15',
      }).status,
    ).toBe('on-track');
  });

  it('is achieved early (已提前完成全年任务) once the total passes the target', () => {
    const s = evaluateTarget({
      target: investment,
      observations: [total('Q1-Q3', 1010)],
      asOf: '2026-11-01',
    });
    expect(s.status).toBe('achieved');
    expect(s.label.zh).toBe('提前完成');
  });

  it('is missed when a running total already breaks its cap', () => {
    const cap = { ...investment, metric: '能源消费总量', comparator: '<=' as const };
    expect(
      evaluateTarget({ target: cap, observations: [total('Q1-Q3', 1050)], asOf: '2026-11-01' })
        .status,
    ).toBe('missed');
    expect(
      evaluateTarget({ target: cap, observations: [total('Q1-Q3', 700)], asOf: '2026-11-01' })
        .status,
    ).toBe('on-track');
  });

  it('compares a share or rate directly, not against the elapsed share', () => {
    const s = evaluateTarget({
      target: target({
        metric: '城镇调查失业率',
        comparator: '<=',
        value: 5.5,
        unit: '%',
        base_unit: '%',
        year: 2026,
      }),
      observations: [obs({ year: 2026, period: 'H1', value: 5.2, base_unit: '%' })],
      asOf: '2026-08-01',
    });
    expect(s.status).toBe('on-track');
    expect(s.numbers.progress_share).toBeNull();
  });
});
