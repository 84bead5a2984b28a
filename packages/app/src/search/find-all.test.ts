import { describe, expect, it } from 'vitest';
import { findAll, snippetAround } from './find-all.js';

describe('findAll', () => {
  it('finds every occurrence with UTF-16 offsets, Latin case-insensitively, up to max', () => {
    expect(findAll('𠀀GDP与gdp', 'gdp', 10)).toEqual([
      { start: 2, end: 5 },
      { start: 6, end: 9 },
    ]);
    expect(findAll('进出口进出口进出口', '进出口', 2)).toHaveLength(2);
    expect(findAll('a.b', '.', 5)).toEqual([{ start: 1, end: 2 }]);
    expect(findAll('abc', '', 5)).toEqual([]);
  });

  it('cuts a one-line snippet with ellipses where text was left out', () => {
    const text = `${'甲'.repeat(40)}\n目标\n${'乙'.repeat(40)}`;
    const start = text.indexOf('目标');
    expect(snippetAround(text, start, start + 2, 3)).toBe('…甲甲 目标 乙乙…');
    expect(snippetAround('目标', 0, 2)).toBe('目标');
  });
});
