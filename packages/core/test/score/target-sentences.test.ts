import { describe, expect, it } from 'vitest';
import { LantuError } from '../../src/errors.js';
import {
  parseTargetSentences,
  readsAsExpectedTarget,
  scoreTargetSentences,
  type ExpectedTarget,
} from '../../src/score/index.js';
import { makeItem } from '../support/score-builders.js';

const expected: ExpectedTarget = {
  metric: '国内生产总值',
  value: 5,
  value_max: null,
  unit: '%',
  comparator: '~',
  qualifier: '左右',
  year: 2023,
};
const read = makeItem({
  metric: '国内生产总值',
  measure: 'increase',
  comparator: '~',
  value: 5,
  unit: '%',
  base_value: 5,
  base_unit: '%',
  year: 2023,
});

describe('published target sentences', () => {
  it('accepts a target with the expected value, unit, comparator and year', () => {
    expect(readsAsExpectedTarget([read], expected)).toBe(true);
  });

  it('rejects the same figure read as an actual, or with the qualifier lost, or another year', () => {
    expect(readsAsExpectedTarget([{ ...read, kind: 'actual' }], expected)).toBe(false);
    expect(readsAsExpectedTarget([{ ...read, comparator: '=' }], expected)).toBe(false);
    expect(readsAsExpectedTarget([{ ...read, year: 2022 }], expected)).toBe(false);
    expect(readsAsExpectedTarget([], expected)).toBe(false);
  });

  it('counts right and wrong sentences with the reader it is given', () => {
    const s = {
      sentence: '国内生产总值增长5%左右',
      title: 't',
      date: '2023-03-05',
      jurisdiction: '全国',
      expected,
    };
    const rate = scoreTargetSentences([s, { ...s, expected: { ...expected, value: 6 } }], () => [
      read,
    ]);
    expect(rate).toMatchObject({ right: 1, total: 2 });
    expect(rate.wrong[0]?.expected.value).toBe(6);
  });

  it('parses the sentence file and names the first bad path', () => {
    const ok = [{ sentence: 's', title: 't', date: '2023-03-05', jurisdiction: '全国', expected }];
    expect(parseTargetSentences(ok)[0]?.expected.comparator).toBe('~');
    const broken = [{ ...ok[0], expected: { ...expected, comparator: 'about' } }];
    expect(() => parseTargetSentences(broken, 'f')).toThrow(LantuError);
    expect(() => parseTargetSentences(broken, 'f')).toThrow(/f\[0\]\.expected\.comparator/u);
  });
});
