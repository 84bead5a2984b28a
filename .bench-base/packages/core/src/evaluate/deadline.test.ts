import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target.js';
import { YI, obs, target } from './test-support.js';

const rate = (
  value: number,
  comparator: '~' | '>=' | 'range' | '<=',
  valueMax: number | null = null,
) =>
  target({
    metric: '全市生产总值',
    measure: 'increase',
    comparator,
    value,
    value_max: valueMax,
    unit: '%',
    base_unit: '%',
    year: 2025,
  });
const grew = (value: number) => obs({ year: 2025, measure: 'increase', value, base_unit: '%' });

describe('deadline comparator', () => {
  it('gives 左右 half a point: 7%左右 is met by 6.6% and missed by 6.4%', () => {
    const met = evaluateTarget({
      target: rate(7, '~'),
      observations: [grew(6.6)],
      asOf: '2026-04-01',
    });
    expect(met.status).toBe('achieved');
    expect(met.numbers.tolerance).toBe(0.5);
    const missed = evaluateTarget({
      target: rate(7, '~'),
      observations: [grew(6.4)],
      asOf: '2026-04-01',
    });
    expect(missed.status).toBe('missed');
    expect(missed.explanation.zh).toContain('低于目标0.6个百分点');
  });

  it('honours a configured tolerance', () => {
    const s = evaluateTarget({
      target: rate(7, '~'),
      observations: [grew(6.4)],
      asOf: '2026-04-01',
      config: { approxPercentPoints: 1 },
    });
    expect(s.status).toBe('achieved');
  });

  it('reads a range target by polarity', () => {
    expect(
      evaluateTarget({
        target: rate(6, 'range', 6.5),
        polarity: 'higher-is-better',
        observations: [grew(7.2)],
        asOf: '2026-04-01',
      }).status,
    ).toBe('achieved');
    expect(
      evaluateTarget({
        target: rate(6, 'range', 6.5),
        polarity: 'target-is-best',
        observations: [grew(7.2)],
        asOf: '2026-04-01',
      }).status,
    ).toBe('missed');
  });

  it('treats 超/突破 (>) as strict at the deadline', () => {
    const t = target({
      metric: '地区生产总值',
      comparator: '>',
      value: 3800,
      unit: '亿元',
      base_unit: '元',
      factor: YI,
      year: 2030,
    });
    const at = (yi: number) =>
      evaluateTarget({
        target: t,
        observations: [obs({ year: 2030, value: yi * YI, base_unit: '元' })],
        asOf: '2031-04-01',
      }).status;
    expect(at(3800)).toBe('missed');
    expect(at(3800.5)).toBe('achieved');
  });

  it('uses a 突破 observation for a ≥ check and writes it as 突破', () => {
    const s = evaluateTarget({
      target: target({
        metric: '全市生产总值',
        comparator: '>=',
        value: 2000,
        unit: '亿元',
        base_unit: '元',
        factor: YI,
      }),
      observations: [obs({ year: 2025, value: 2500 * YI, base_unit: '元', comparator: '>' })],
      asOf: '2026-04-01',
    });
    expect(s.status).toBe('achieved');
    expect(s.numbers.latest_is_bound).toBe(true);
    expect(s.explanation.zh).toContain('突破2500亿元');
  });

  it('prefers an exact figure to a threshold in the same year', () => {
    const s = evaluateTarget({
      target: target({
        metric: '全市生产总值',
        comparator: '>=',
        value: 2800,
        unit: '亿元',
        base_unit: '元',
        factor: YI,
      }),
      observations: [
        obs({ year: 2025, value: 2500 * YI, base_unit: '元', comparator: '>' }),
        obs({ year: 2025, value: 2693.3 * YI, base_unit: '元' }),
      ],
      asOf: '2026-04-01',
    });
    expect(s.status).toBe('missed');
    expect(s.numbers.latest_is_bound).toBe(false);
  });

  it('is no-data when the only deadline figure is a threshold that cannot decide', () => {
    const s = evaluateTarget({
      target: target({
        metric: '全市生产总值',
        comparator: '>=',
        value: 2800,
        unit: '亿元',
        base_unit: '元',
        factor: YI,
      }),
      observations: [obs({ year: 2025, value: 1500 * YI, base_unit: '元', comparator: '>' })],
      asOf: '2026-04-01',
    });
    expect(s.status).toBe('no-data');
  });

  it('skips observations in another base unit (美元 vs 元)', () => {
    const s = evaluateTarget({
      target: target({
        metric: '出口',
        comparator: '>=',
        value: 1000,
        unit: '亿元',
        base_unit: '元',
        factor: YI,
      }),
      observations: [obs({ year: 2025, value: 2000 * YI, base_unit: '美元' })],
      asOf: '2026-04-01',
    });
    expect(s.status).toBe('no-data');
  });
});
