import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../indicators/catalog.js';
import { linkItem } from '../indicators/link-item.js';
import { evaluateTarget } from './evaluate-target.js';
import { YI, obs, target } from './test-support.js';

/**
 * The proof scenarios: hand-built from the Yiwu documents (十四五 proposal,
 * 2026 work report; fixtures/yiwu/gold 003 and 004).
 */
const catalog = defaultCatalog();
const gdp = catalog.byCode.get('gdp') ?? null;
const yuan = { unit: '亿元', base_unit: '元', factor: YI } as const;
const gdp2025 = obs({
  indicator_code: 'gdp',
  year: 2025,
  value: 2693.3 * YI,
  base_unit: '元',
});

describe('Yiwu proof scenarios', () => {
  it('十四五: 全市生产总值 ≥ 2000亿元 by 2025, 2025 = 2693.3亿元 → achieved', () => {
    const status = evaluateTarget({
      target: target({
        metric: '全市生产总值',
        value: 2000,
        comparator: '>=',
        year: 2025,
        ...yuan,
      }),
      indicator: gdp,
      observations: [gdp2025],
      asOf: '2026-11-22',
    });
    expect(status.status).toBe('achieved');
    expect(status.method).toBe('deadline-comparator');
    expect(status.label.zh).toBe('已完成');
    expect(status.numbers.latest_value).toBeCloseTo(2693.3 * YI, 0);
    expect(status.numbers.target_value).toBe(2000 * YI);
    expect(status.explanation.zh).toBe(
      '2025年全市生产总值2693.3亿元，目标不低于2000亿元，已完成。',
    );
    expect(status.explanation.en).toContain('269.33 billion yuan');
    expect(status.observations).toEqual([gdp2025]);
  });

  it('快递量 rank 1 (全国) by 2025 vs 快递业务量 rank 2 in 2025 → missed', () => {
    const item = target({
      metric: '快递量',
      measure: 'rank',
      comparator: '=',
      value: 1,
      unit: '位',
      base_unit: '位',
      scope: '全国',
      year: 2025,
    });
    const link = linkItem(item, catalog);
    expect(link?.indicator_code).toBe('express-delivery-volume');
    const status = evaluateTarget({
      target: item,
      indicator: catalog.byCode.get('express-delivery-volume') ?? null,
      observations: [
        obs({
          indicator_code: 'express-delivery-volume',
          measure: 'rank',
          year: 2025,
          value: 2,
          base_unit: '位',
          scope: '全国各大城市',
        }),
      ],
      asOf: '2026-11-22',
    });
    expect(status.status).toBe('missed');
    expect(status.method).toBe('rank');
    expect(status.numbers.latest_value).toBe(2);
    expect(status.explanation.zh).toContain('全国各大城市第2位');
    expect(status.explanation.zh).toContain('目标居全国第1位');
    expect(status.explanation.zh).toContain('未完成');
  });

  it('全体居民人均可支配收入 rank 1 (全国) vs rank 1 → achieved', () => {
    const item = target({
      metric: '全体居民人均可支配收入',
      measure: 'rank',
      comparator: '=',
      value: 1,
      unit: '位',
      base_unit: '位',
      scope: '全国',
    });
    expect(linkItem(item, catalog)?.indicator_code).toBe('disposable-income');
    const status = evaluateTarget({
      target: item,
      observations: [
        obs({ measure: 'rank', year: 2025, value: 1, base_unit: '位', scope: '全国县（市）' }),
      ],
      asOf: '2026-11-22',
    });
    expect(status.status).toBe('achieved');
    expect(status.label.zh).toBe('已完成');
  });

  it('全市工业总产值 > 2300亿元 is not linked to 规上工业总产值, so its figure is not used', () => {
    const item = target({ metric: '全市工业总产值', value: 2300, comparator: '>', ...yuan });
    const link = linkItem(item, catalog, { jurisdictionNames: ['义乌市'] });
    expect(link?.indicator_code).toBe('industrial-output');
    const all = [
      obs({
        indicator_code: 'industrial-output-above-scale',
        year: 2025,
        value: 2400 * YI,
        base_unit: '元',
      }),
    ];
    const status = evaluateTarget({
      target: item,
      observations: all.filter((o) => o.indicator_code === link?.indicator_code),
      asOf: '2026-11-22',
    });
    // The 规上 figure (2400亿, which would pass) is not evidence for 工业总产值.
    expect(status.status).toBe('no-data');
    expect(status.observations).toEqual([]);
  });

  it('2026 annual growth targets with no 2026 data, as of 2026-03-01 → not-yet-due', () => {
    const targets = [
      ['全市生产总值', 7],
      ['一般公共预算收入', 5],
      ['出口', 15],
      ['进口', 30],
      ['社会消费品零售总额', 5.5],
      ['规上工业增加值', 10],
      ['固定资产投资', 8],
    ] as const;
    for (const [metric, rate] of targets) {
      const item = target({
        metric,
        measure: 'increase',
        comparator: '>=',
        value: rate,
        unit: '%',
        base_unit: '%',
        year: 2026,
      });
      const status = evaluateTarget({
        target: item,
        // 2025 growth is known; it says nothing about 2026.
        observations: [obs({ measure: 'increase', year: 2025, value: 7.9, base_unit: '%' })],
        asOf: '2026-03-01',
      });
      expect(status.status, metric).toBe('not-yet-due');
      expect(status.label.zh).toBe('未到期');
      expect(status.explanation.zh).toContain(`增长${rate}%以上`);
      expect(status.explanation.zh).toContain('2027年4月');
    }
  });

  it('出口增长15%以上 (2026) turns no-data once the 2026 figure is due and missing', () => {
    const status = evaluateTarget({
      target: target({
        metric: '出口',
        measure: 'increase',
        value: 15,
        unit: '%',
        base_unit: '%',
        year: 2026,
      }),
      observations: [],
      asOf: '2027-04-01',
    });
    expect(status.status).toBe('no-data');
  });

  describe('十五五: 地区生产总值 > 3800亿元 by 2030 from 2693.3亿元 in 2025', () => {
    const item = target({
      metric: '地区生产总值',
      value: 3800,
      comparator: '>',
      year: 2030,
      ...yuan,
    });
    const required = (Math.pow(3800 / 2693.3, 1 / 5) - 1) * 100;

    it('needs 7.1% a year, shown in the numbers and the explanation; not yet due', () => {
      const status = evaluateTarget({
        target: item,
        indicator: gdp,
        observations: [gdp2025],
        asOf: '2026-11-22',
      });
      expect(status.status).toBe('not-yet-due');
      expect(status.method).toBe('eurostat-cagr-ratio');
      expect(required).toBeCloseTo(7.13, 2);
      expect(status.numbers.required_annual_growth).toBeCloseTo(required, 6);
      expect(status.numbers.baseline_value).toBeCloseTo(2693.3 * YI, 0);
      expect(status.numbers.baseline_year).toBe(2025);
      expect(status.explanation.zh).toContain('需年均增长7.1%');
      expect(status.explanation.zh).toContain('2693.3亿元');
      expect(status.explanation.zh).toContain('超过3800亿元');
      expect(status.explanation.en).toContain('7.1% a year');
    });

    it('is no-data once the 2026 figure is due and missing', () => {
      const status = evaluateTarget({
        target: item,
        indicator: gdp,
        observations: [gdp2025],
        asOf: '2027-06-01',
      });
      expect(status.status).toBe('no-data');
      expect(status.numbers.required_annual_growth).toBeCloseTo(required, 6);
    });

    it('is on track (快于预期) with 2026 = 2900亿元: 7.7% a year against 7.1% needed', () => {
      const status = evaluateTarget({
        target: item,
        indicator: gdp,
        observations: [
          gdp2025,
          obs({ indicator_code: 'gdp', year: 2026, value: 2900 * YI, base_unit: '元' }),
        ],
        asOf: '2027-06-01',
      });
      expect(status.status).toBe('on-track');
      expect(status.numbers.actual_annual_growth).toBeCloseTo((2900 / 2693.3 - 1) * 100, 6);
      expect(status.numbers.ratio).toBeCloseTo(((2900 / 2693.3 - 1) * 100) / required, 6);
      expect(status.label.zh).toBe('快于预期');
      expect(status.explanation.zh).toBe(
        '以2025年2693.3亿元为基数，2026年地区生产总值2900亿元，年均增长7.7%；实现2030年目标（超过3800亿元）需年均增长7.1%，进度比108%，快于预期。',
      );
    });

    it('is at risk at 5% growth (ratio 0.70) and off track at 3% (ratio 0.42)', () => {
      const at = (growth: number): string =>
        evaluateTarget({
          target: item,
          observations: [
            gdp2025,
            obs({ year: 2026, value: 2693.3 * YI * (1 + growth), base_unit: '元' }),
          ],
          asOf: '2027-06-01',
        }).status;
      expect(at(0.05)).toBe('at-risk');
      expect(at(0.03)).toBe('off-track');
      expect(at(-0.01)).toBe('off-track');
    });
  });
});
