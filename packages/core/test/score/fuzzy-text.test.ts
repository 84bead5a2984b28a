import { describe, expect, it } from 'vitest';
import { bigramDice, fuzzyEqual, normalisePhrase } from '../../src/score/index.js';

describe('fuzzy text', () => {
  it('normalises width, spaces, quotes and Markdown marks', () => {
    expect(normalisePhrase(' “３+1+1” **体系**\n')).toBe('3+1+1体系');
  });

  it('accepts equal, contained, or Dice ≥ 0.5 phrases', () => {
    expect(fuzzyEqual('全市生产总值', '全市 生产总值')).toBe(true);
    expect(fuzzyEqual('义新欧班列', '“义新欧”中欧班列开行量')).toBe(true);
    expect(fuzzyEqual('义新欧', '“义新欧”中欧班列开行量')).toBe(true);
    expect(fuzzyEqual('数字经济增加值占比', '数字经济增加值占生产总值比重')).toBe(true);
    expect(fuzzyEqual('出口', '进口')).toBe(false);
  });

  it('never lets an empty phrase match a non-empty one', () => {
    expect(fuzzyEqual('', '全市')).toBe(false);
    expect(fuzzyEqual('“”', '')).toBe(true);
  });

  it('computes multiset bigram Dice', () => {
    expect(bigramDice('abab', 'abab')).toBe(1);
    expect(bigramDice('ab', 'cd')).toBe(0);
    expect(bigramDice('a', 'a')).toBe(1);
    expect(bigramDice('😀😁', '😀😁x')).toBeCloseTo((2 * 1) / 3);
  });
});
