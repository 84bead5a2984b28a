import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target.js';
import { YI, obs, target } from './test-support.js';

const yuan = { unit: '亿元', base_unit: '元', factor: YI } as const;
const level = (year: number, yi: number) => obs({ year, value: yi * YI, base_unit: '元' });
const gdp2025 = target({
  metric: '全市生产总值',
  value: 2000,
  comparator: '>=',
  year: 2025,
  ...yuan,
});

describe('level targets before the deadline (eurostat-cagr-ratio)', () => {
  it('is on track when actual growth keeps pace with the required growth', () => {
    const s = evaluateTarget({
      target: gdp2025,
      observations: [level(2020, 1485), level(2023, 1800)],
      asOf: '2024-06-01',
    });
    expect(s.method).toBe('eurostat-cagr-ratio');
    expect(s.status).toBe('on-track');
    expect(s.numbers.baseline_year).toBe(2020);
    expect(s.numbers.latest_year).toBe(2023);
    expect(s.numbers.ratio).toBeGreaterThan(1);
    expect(s.observations).toHaveLength(2);
  });

  it('bands the ratio at 0.95 and 0.60 (and follows a configured split)', () => {
    const run = (latest: number, atRiskRatio?: number) =>
      evaluateTarget({
        target: gdp2025,
        observations: [level(2020, 1485), level(2023, latest)],
        asOf: '2024-06-01',
        ...(atRiskRatio === undefined ? {} : { config: { atRiskRatio } }),
      });
    // Required ≈ 6.13%/yr; 3 years at 4.5% → ratio ≈ 0.73.
    expect(run(1485 * 1.045 ** 3).status).toBe('at-risk');
    // 3 years at 2% → ratio ≈ 0.33.
    expect(run(1485 * 1.02 ** 3).status).toBe('off-track');
    expect(run(1485 * 1.02 ** 3, 0).status).toBe('at-risk');
    // Shrinking: moving away.
    const away = run(1400);
    expect(away.status).toBe('off-track');
    expect(away.numbers.ratio).toBeLessThan(0);
    expect(away.explanation.zh).toContain('年均下降');
  });

  it('is achieved early once the latest figure meets a 以上 target', () => {
    const s = evaluateTarget({
      target: gdp2025,
      observations: [level(2020, 1485), level(2023, 2050)],
      asOf: '2024-06-01',
    });
    expect(s.status).toBe('achieved');
    expect(s.label.zh).toBe('提前完成');
    expect(s.explanation.zh).toContain('2023年全市生产总值已达2050亿元');
  });

  it('is on track, not achieved, when a 控制在…以内 target is already met', () => {
    const s = evaluateTarget({
      target: target({
        metric: '能源消费总量',
        comparator: '<=',
        value: 500,
        unit: '万吨',
        base_unit: '吨',
        factor: 1e4,
      }),
      observations: [
        obs({ year: 2020, value: 480e4, base_unit: '吨' }),
        obs({ year: 2023, value: 490e4, base_unit: '吨' }),
      ],
      asOf: '2024-06-01',
    });
    expect(s.status).toBe('on-track');
  });

  it('takes the next year with data when the base year has none (StatCan rule)', () => {
    const s = evaluateTarget({
      target: gdp2025,
      observations: [level(2019, 1400), level(2021, 1550), level(2023, 1800)],
      asOf: '2024-06-01',
    });
    expect(s.numbers.baseline_year).toBe(2021);
    expect(s.numbers.baseline_value).toBe(1550 * YI);
  });

  it('uses a base the target states, and a caller base year', () => {
    const stated = evaluateTarget({
      target: { ...gdp2025, baseline: { value: 1500, unit: '亿元', year: 2020 } },
      observations: [level(2023, 1800)],
      asOf: '2024-06-01',
    });
    expect(stated.numbers.baseline_value).toBe(1500 * YI);
    const chosen = evaluateTarget({
      target: gdp2025,
      observations: [level(2020, 1485), level(2022, 1700), level(2023, 1800)],
      asOf: '2024-06-01',
      baselineYear: 2022,
    });
    expect(chosen.numbers.baseline_year).toBe(2022);
  });

  it('falls back to the latest earlier figure when the base year lies ahead (2035 vision)', () => {
    const s = evaluateTarget({
      target: { ...gdp2025, comparator: '>', value: 4000, base_value: 4000 * YI, year: 2035 },
      observations: [level(2020, 1485), level(2025, 2693.3)],
      asOf: '2026-11-22',
    });
    expect(s.numbers.baseline_year).toBe(2025);
    expect(s.numbers.required_annual_growth).toBeCloseTo(
      (Math.pow(4000 / 2693.3, 1 / 10) - 1) * 100,
      6,
    );
    expect(s.status).toBe('not-yet-due');
    expect(s.explanation.zh).toContain('需年均增长4%');
  });

  it('uses a base year the target names exactly or not at all', () => {
    const s = evaluateTarget({
      target: { ...gdp2025, year: 2030, baseline: { value: null, unit: null, year: 2025 } },
      observations: [level(2024, 2500), level(2026, 2900)],
      asOf: '2027-06-01',
    });
    expect(s.numbers.baseline_year).toBeNull();
    expect(s.status).toBe('no-data');
  });

  it('is no-data when the base year is due and absent, not-yet-due when it is not', () => {
    const t2030 = { ...gdp2025, year: 2030 };
    expect(evaluateTarget({ target: t2030, observations: [], asOf: '2026-06-01' }).status).toBe(
      'no-data',
    );
    expect(evaluateTarget({ target: t2030, observations: [], asOf: '2026-02-01' }).status).toBe(
      'not-yet-due',
    );
  });

  it('ignores growth-rate observations for a level target', () => {
    const s = evaluateTarget({
      target: gdp2025,
      observations: [
        level(2020, 1485),
        obs({ year: 2023, measure: 'increase', value: 9, base_unit: '%' }),
      ],
      asOf: '2024-06-01',
    });
    expect(s.status).toBe('no-data');
    expect(s.numbers.latest_value).toBeNull();
  });
});

describe('share targets before the deadline (linear-ratio)', () => {
  it('compares points a year with the points a year needed', () => {
    const s = evaluateTarget({
      target: target({
        metric: '数字经济增加值占生产总值比重',
        value: 65,
        unit: '%',
        base_unit: '%',
      }),
      observations: [
        obs({ year: 2020, value: 50, base_unit: '%' }),
        obs({ year: 2023, value: 56, base_unit: '%' }),
      ],
      asOf: '2024-06-01',
    });
    expect(s.method).toBe('linear-ratio');
    expect(s.numbers.actual_annual_growth).toBeCloseTo(2, 10);
    expect(s.numbers.required_annual_growth).toBeCloseTo(3, 10);
    expect(s.status).toBe('at-risk');
    expect(s.explanation.zh).toContain('年均提高2个百分点');
    expect(s.explanation.zh).toContain('需年均提高3个百分点');
  });
});

describe('翻一番 (a multi-year change restated as a level)', () => {
  it('doubles the base-year level and judges the level', () => {
    const s = evaluateTarget({
      target: target({
        metric: '全市生产总值',
        measure: 'increase',
        comparator: '=',
        value: 100,
        unit: '%',
        base_unit: '%',
        year: 2035,
        baseline: { value: null, unit: null, year: 2025 },
        text: '到2035年全市生产总值比2025年翻一番',
      }),
      observations: [level(2025, 2693.3), level(2028, 3300)],
      asOf: '2029-06-01',
    });
    expect(s.method).toBe('eurostat-cagr-ratio');
    expect(s.numbers.target_value).toBeCloseTo(2 * 2693.3 * YI, 0);
    expect(s.numbers.required_annual_growth).toBeCloseTo((Math.pow(2, 1 / 10) - 1) * 100, 6);
    expect(s.explanation.zh).toContain('较2025年增长100%，即达到5386.6亿元');
    expect(s.status).toBe('on-track');
  });
});
