import { describe, expect, it } from 'vitest';
import {
  aimValue,
  attainment,
  effectivePolarity,
  satisfiesObservation,
  satisfiesValue,
  targetBounds,
  type TargetTerms,
} from './bounds.js';
import { DEFAULT_EVALUATION_CONFIG as config } from './config.js';

const terms = (
  t: Partial<TargetTerms> & Pick<TargetTerms, 'comparator' | 'value'>,
): TargetTerms => ({
  valueMax: null,
  isPercent: false,
  ...t,
});

describe('targetBounds and satisfiesValue', () => {
  it('reads 以上 (>=) as inclusive and 超/突破 (>) as exclusive', () => {
    const atLeast = targetBounds(
      terms({ comparator: '>=', value: 2000 }),
      'higher-is-better',
      config,
    );
    const over = targetBounds(terms({ comparator: '>', value: 3800 }), 'higher-is-better', config);
    expect(satisfiesValue(2000, atLeast)).toBe(true);
    expect(satisfiesValue(1999.9, atLeast)).toBe(false);
    expect(satisfiesValue(3800, over)).toBe(false);
    expect(satisfiesValue(3800.1, over)).toBe(true);
  });

  it('reads 以内 (<=) as inclusive and 低于 (<) as exclusive', () => {
    const cap = targetBounds(
      terms({ comparator: '<=', value: 5.5, isPercent: true }),
      'lower-is-better',
      config,
    );
    const below = targetBounds(
      terms({ comparator: '<', value: 5.5, isPercent: true }),
      'lower-is-better',
      config,
    );
    expect(satisfiesValue(5.5, cap)).toBe(true);
    expect(satisfiesValue(5.5, below)).toBe(false);
  });

  it('gives 左右 ±0.5 points for percentages and ±5% otherwise, on the side that matters', () => {
    const growth = targetBounds(
      terms({ comparator: '~', value: 7, isPercent: true }),
      'higher-is-better',
      config,
    );
    expect(growth.tolerance).toBe(0.5);
    expect(satisfiesValue(6.5, growth)).toBe(true);
    expect(satisfiesValue(6.4, growth)).toBe(false);
    // Beating a higher-is-better 左右 target is done, not missed.
    expect(satisfiesValue(9, growth)).toBe(true);
    const level = targetBounds(terms({ comparator: '~', value: 13 }), 'target-is-best', config);
    expect(level.tolerance).toBeCloseTo(0.65, 10);
    expect(satisfiesValue(12.4, level)).toBe(true);
    expect(satisfiesValue(13.7, level)).toBe(false);
  });

  it('reads a range by polarity: beating a growth range is fine, a two-sided one is not', () => {
    const up = targetBounds(
      terms({ comparator: 'range', value: 6, valueMax: 6.5, isPercent: true }),
      'higher-is-better',
      config,
    );
    const band = targetBounds(
      terms({ comparator: 'range', value: 3, valueMax: 5 }),
      'target-is-best',
      config,
    );
    expect(satisfiesValue(7, up)).toBe(true);
    expect(satisfiesValue(5.9, up)).toBe(false);
    expect(satisfiesValue(6, band)).toBe(false);
    expect(satisfiesValue(4, band)).toBe(true);
  });

  it('takes a one-sided = at face value and a two-sided = with the tolerance', () => {
    const build = targetBounds(terms({ comparator: '=', value: 200 }), 'higher-is-better', config);
    expect(satisfiesValue(199, build)).toBe(false);
    expect(satisfiesValue(230, build)).toBe(true);
    const exact = targetBounds(terms({ comparator: '=', value: 100 }), 'target-is-best', config);
    expect(satisfiesValue(104, exact)).toBe(true);
    expect(satisfiesValue(106, exact)).toBe(false);
  });
});

describe('satisfiesObservation', () => {
  const atLeast2000 = targetBounds(
    terms({ comparator: '>=', value: 2000 }),
    'higher-is-better',
    config,
  );
  const cap = targetBounds(terms({ comparator: '<=', value: 100 }), 'lower-is-better', config);

  it('counts a threshold passed (突破2500, >) as its value for >= checks', () => {
    expect(satisfiesObservation({ value: 2500, comparator: '>' }, atLeast2000)).toBe(true);
    expect(satisfiesObservation({ value: 2000, comparator: '>' }, atLeast2000)).toBe(true);
    // 突破1500 says nothing about 2000.
    expect(satisfiesObservation({ value: 1500, comparator: '>' }, atLeast2000)).toBeNull();
  });

  it('knows a threshold passed breaks a cap, and an upper bound meets it', () => {
    expect(satisfiesObservation({ value: 120, comparator: '>' }, cap)).toBe(false);
    expect(satisfiesObservation({ value: 90, comparator: '>' }, cap)).toBeNull();
    expect(satisfiesObservation({ value: 90, comparator: '<' }, cap)).toBe(true);
    expect(satisfiesObservation({ value: 1000, comparator: '<' }, atLeast2000)).toBe(false);
  });
});

describe('effectivePolarity', () => {
  it('defaults by comparator and flips an indicator polarity for decreases', () => {
    expect(effectivePolarity('level', '=', undefined)).toBe('higher-is-better');
    expect(effectivePolarity('level', '~', undefined)).toBe('target-is-best');
    expect(effectivePolarity('level', '<=', undefined)).toBe('lower-is-better');
    expect(effectivePolarity('rank', '=', 'higher-is-better')).toBe('lower-is-better');
    expect(effectivePolarity('decrease', '=', 'lower-is-better')).toBe('higher-is-better');
    expect(effectivePolarity('increase', '~', 'lower-is-better')).toBe('lower-is-better');
  });
});

describe('attainment and aimValue', () => {
  it('is value ÷ target going up, target ÷ value going down, 1 when met', () => {
    const up = targetBounds(terms({ comparator: '>=', value: 15 }), 'higher-is-better', config);
    const down = targetBounds(terms({ comparator: '<=', value: 3 }), 'lower-is-better', config);
    expect(attainment(12, up)).toBeCloseTo(0.8, 10);
    expect(attainment(16, up)).toBe(1);
    expect(attainment(-2, up)).toBe(0);
    expect(attainment(4, down)).toBeCloseTo(0.75, 10);
    expect(aimValue(up, 10)).toBe(15);
  });

  it('aims at the nearer edge of a band', () => {
    const band = targetBounds(
      terms({ comparator: 'range', value: 3, valueMax: 5 }),
      'target-is-best',
      config,
    );
    expect(aimValue(band, 1)).toBe(3);
    expect(aimValue(band, 8)).toBe(5);
  });
});
