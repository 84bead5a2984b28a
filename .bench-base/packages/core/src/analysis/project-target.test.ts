import { describe, expect, it } from 'vitest';
import { analyseTarget, analysisSentenceEn, analysisSentenceZh } from './index.js';

const GDP = [
  { year: 2020, value: 1485 },
  { year: 2021, value: 1763 },
  { year: 2022, value: 1836 },
  { year: 2023, value: 2055 },
  { year: 2024, value: 2252 },
  { year: 2025, value: 2693.3 },
];

describe('analyseTarget', () => {
  it('gives the growth still required from the latest figure', () => {
    const a = analyseTarget(GDP, { value: 3800, year: 2030, comparator: '>=' });
    expect(a.requiredGrowth).toBeCloseTo(((3800 / 2693.3) ** (1 / 5) - 1) * 100, 6);
    expect(a.observedGrowth).toBeCloseTo(((2693.3 / 1485) ** (1 / 5) - 1) * 100, 6);
  });

  it('projects by compound growth and a straight line, with a band holding both', () => {
    const a = analyseTarget(GDP, { value: 3800, year: 2030, comparator: '>=' });
    const [low, high] = a.band ?? [NaN, NaN];
    for (const projected of [a.projectedCompound, a.projectedLinear]) {
      expect(projected).not.toBeNull();
      expect(projected ?? NaN).toBeGreaterThanOrEqual(low);
      expect(projected ?? NaN).toBeLessThanOrEqual(high);
    }
    // Compound growth (12.6 %/yr) clears 3800, the straight line (+215亿元/yr) does not:
    // the methods disagree, so the outlook is honest about it.
    expect(a.projectedCompound ?? 0).toBeGreaterThan(3800);
    expect(a.projectedLinear ?? Infinity).toBeLessThan(3800);
    expect(a.outlook).toBe('uncertain');
    expect(analyseTarget(GDP, { value: 3000, year: 2030, comparator: '>=' }).outlook).toBe(
      'likely-met',
    );
    expect(analyseTarget(GDP, { value: 9000, year: 2030, comparator: '>=' }).outlook).toBe(
      'likely-missed',
    );
  });

  it('turns the comparison round for ceilings (≤)', () => {
    const falling = [
      { year: 2021, value: 10 },
      { year: 2022, value: 9 },
      { year: 2023, value: 8 },
    ];
    expect(analyseTarget(falling, { value: 7, year: 2025, comparator: '<=' }).outlook).toBe(
      'likely-met',
    );
    expect(analyseTarget(falling, { value: 2, year: 2025, comparator: '<=' }).outlook).toBe(
      'likely-missed',
    );
  });

  it('says "just met" or "just missed" within the 2 % margin once the deadline figure is in', () => {
    const at = (value: number) => [...GDP.slice(0, 5), { year: 2025, value }];
    expect(analyseTarget(at(2010), { value: 2000, year: 2025, comparator: '>=' }).closeness).toBe(
      'just-met',
    );
    expect(analyseTarget(at(1990), { value: 2000, year: 2025, comparator: '>=' }).closeness).toBe(
      'just-missed',
    );
    expect(analyseTarget(GDP, { value: 2000, year: 2025, comparator: '>=' }).closeness).toBeNull();
  });

  it('has nothing to project from fewer than two figures', () => {
    const one = analyseTarget([{ year: 2025, value: 100 }], {
      value: 200,
      year: 2030,
      comparator: '>=',
    });
    expect(one.band).toBeNull();
    expect(one.requiredGrowth).toBeCloseTo((2 ** 0.2 - 1) * 100, 6);
    expect(analyseTarget([], { value: 1, year: 2030, comparator: '>=' }).requiredGrowth).toBeNull();
  });

  it('says it in Chinese and English', () => {
    const a = analyseTarget(GDP, { value: 3800, year: 2030, comparator: '>=' });
    const show = (v: number) => `${Math.round(v)}亿元`;
    expect(analysisSentenceZh(a, 2030, show)).toMatch(
      /^从最新数据算，此后每年须增长7\.1%；近年实际年均增长12\.6%；按趋势推算2030年约为\d+亿元至\d+亿元，能否完成尚难判断。$/u,
    );
    expect(analysisSentenceEn(a, 2030, (v) => String(Math.round(v)))).toContain(
      'too close to call',
    );
    const met = analyseTarget(GDP, { value: 3000, year: 2030, comparator: '>=' });
    expect(analysisSentenceEn(met, 2030, (v) => String(Math.round(v)))).toContain('likely met');
  });
});
