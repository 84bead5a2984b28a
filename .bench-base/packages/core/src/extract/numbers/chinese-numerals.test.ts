import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chinese-numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['十七', 17],
    ['两', 2],
    ['十', 10],
    ['一百二十', 120],
    ['二〇三五', 2035],
    ['二零二五', 2025],
    ['三千五百万', 35000000],
    ['一万', 10000],
    ['十五', 15],
    ['五十', 50],
    ['一亿二千万', 120000000],
    ['三', 3],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects non-numerals', () => {
    expect(parseChineseNumeral('十a')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});
