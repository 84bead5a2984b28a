import { describe, expect, it } from 'vitest';
import { isLantuError } from '../errors.js';
import { resolveConfig } from './config.js';
import { evaluateTarget } from './evaluate-target.js';
import { isCumulativeChange } from './evaluate-quantity.js';
import { autoZh, formatEn, formatZh, reportedPercent, trimNumber } from './format.js';
import { statusLabel } from './status-labels.js';
import { YI, obs, target } from './test-support.js';
import { STATUS_CODES } from './types.js';

describe('evaluateTarget input checks', () => {
  it('refuses actuals, malformed dates and bad configs as INPUT_INVALID', () => {
    const cases = [
      () =>
        evaluateTarget({
          target: target({ metric: 'x', kind: 'actual', value: 1 }),
          observations: [],
          asOf: '2026-01-01',
        }),
      () =>
        evaluateTarget({
          target: target({ metric: 'x', value: 1 }),
          observations: [],
          asOf: '2026/01/01',
        }),
      () =>
        evaluateTarget({
          target: target({ metric: 'x', value: 1 }),
          observations: [],
          asOf: '2026-13-01',
        }),
      () =>
        evaluateTarget({
          target: target({ metric: 'x', value: 1 }),
          observations: [],
          asOf: '2026-01-01',
          config: { atRiskRatio: 0.99 },
        }),
    ];
    for (const run of cases) {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(isLantuError(error) && error.code).toBe('INPUT_INVALID');
      }
    }
  });

  it('returns no-data (method none) for a target without a value or a year', () => {
    const noValue = evaluateTarget({
      target: target({ metric: '海外仓', value: null }),
      observations: [],
      asOf: '2026-01-01',
    });
    expect(noValue).toMatchObject({ status: 'no-data', method: 'none' });
    const noYear = evaluateTarget({
      target: target({ metric: '海外仓', value: 200, year: null }),
      observations: [],
      asOf: '2026-01-01',
    });
    expect(noYear.status).toBe('no-data');
  });

  it('is pure: the same input gives the same output', () => {
    const input = {
      target: target({
        metric: '全市生产总值',
        value: 2000,
        unit: '亿元',
        base_unit: '元',
        factor: YI,
      }),
      observations: [obs({ year: 2025, value: 2693.3 * YI, base_unit: '元' })],
      asOf: '2026-11-22',
    };
    expect(evaluateTarget(input)).toEqual(evaluateTarget(input));
  });

  it('fills every number field, null when unused', () => {
    const s = evaluateTarget({
      target: target({ metric: 'x', value: 1, year: 2030 }),
      observations: [],
      asOf: '2026-01-01',
    });
    expect(Object.keys(s.numbers).sort()).toEqual(
      [
        'actual_annual_growth',
        'baseline_value',
        'baseline_year',
        'elapsed_share',
        'latest_is_bound',
        'latest_period',
        'latest_value',
        'latest_year',
        'progress_share',
        'ratio',
        'required_annual_growth',
        'target_value',
        'target_value_max',
        'target_year',
        'tolerance',
      ].sort(),
    );
    expect(s.per_year).toEqual([]);
  });
});

describe('isCumulativeChange', () => {
  const change = (fields: Parameters<typeof target>[0]) =>
    target({ measure: 'increase', unit: '%', base_unit: '%', ...fields });
  it('spots 翻一番, a far base year and a multi-year period', () => {
    expect(
      isCumulativeChange(change({ metric: '数字经济', value: 100, text: '数字经济翻一番' })),
    ).toBe(true);
    expect(
      isCumulativeChange(
        change({
          metric: 'x',
          value: 300,
          year: 2025,
          baseline: { value: null, unit: null, year: 2020 },
        }),
      ),
    ).toBe(true);
    expect(isCumulativeChange(change({ metric: 'x', value: 30, period: '2021-2025' }))).toBe(true);
    expect(isCumulativeChange(change({ metric: '出口', value: 15, year: 2026 }))).toBe(false);
    expect(
      isCumulativeChange(
        change({
          metric: 'x',
          value: 7,
          year: 2026,
          baseline: { value: null, unit: null, year: 2025 },
        }),
      ),
    ).toBe(false);
  });
});

describe('config', () => {
  it('overlays overrides on the documented defaults', () => {
    const c = resolveConfig({ onTrackRatio: 0.9 });
    expect(c.onTrackRatio).toBe(0.9);
    expect(c.atRiskRatio).toBe(0.6);
    expect(c.approxPercentPoints).toBe(0.5);
    expect(c.approxRelative).toBe(0.05);
    expect(() => resolveConfig({ approxRelative: -1 })).toThrow(/approxRelative/);
    expect(() => resolveConfig({ xushiAheadRatio: 0.9 })).toThrow(/xushiAheadRatio/);
  });
});

describe('formatting', () => {
  it('writes figures the way Chinese and English readers expect', () => {
    expect(formatZh(2693.3 * YI, { unit: '亿元', baseUnit: '元', factor: YI })).toBe('2693.3亿元');
    expect(formatEn(2693.3 * YI, '元')).toBe('269.33 billion yuan');
    expect(autoZh(5386.6 * YI, '元')).toBe('5386.6亿元');
    expect(autoZh(1.2e12, '元')).toBe('1.2万亿元');
    expect(autoZh(30000, '人')).toBe('3万人');
    expect(formatEn(3e6, '人')).toBe('3 million people');
    expect(reportedPercent(7.9)).toBe('7.9%');
    expect(reportedPercent(2.65)).toBe('2.65%');
    expect(reportedPercent(7.1269)).toBe('7.1%');
    expect(trimNumber(-0.0001)).toBe('0');
  });
});

describe('statusLabel', () => {
  it('has a Chinese and an English word for every status and method family', () => {
    for (const status of STATUS_CODES) {
      for (const method of [
        'xushi-progress',
        'eurostat-cagr-ratio',
        'deadline-comparator',
      ] as const) {
        const label = statusLabel(status, method);
        expect(label.zh.length).toBeGreaterThan(0);
        expect(label.en.length).toBeGreaterThan(0);
      }
    }
    expect(statusLabel('on-track', 'xushi-progress', { ahead: true }).zh).toBe('超序时');
    expect(statusLabel('at-risk', 'xushi-progress').zh).toBe('滞后序时');
    expect(statusLabel('at-risk', 'eurostat-cagr-ratio').zh).toBe('滞后');
    expect(statusLabel('missed', 'deadline-comparator').zh).toBe('未完成');
  });
});
