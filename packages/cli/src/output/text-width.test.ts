import { describe, expect, it } from 'vitest';
import { displayWidth, squashWhitespace, truncateToWidth, wrapToWidth } from './text-width.js';

describe('displayWidth', () => {
  it('counts Han characters and full-width punctuation as two columns', () => {
    expect(displayWidth('GDP')).toBe(3);
    expect(displayWidth('地区生产总值')).toBe(12);
    expect(displayWidth('增长7.7%，')).toBe(4 + 4 + 2);
    expect(displayWidth('𠀀')).toBe(2); // outside the BMP: one character, two UTF-16 units
  });
});

describe('truncateToWidth', () => {
  it('leaves text that fits alone', () => {
    expect(truncateToWidth('地区生产总值', 12)).toBe('地区生产总值');
  });

  it('cuts to the width including the ellipsis', () => {
    const cut = truncateToWidth('地区生产总值突破2000亿元', 10);
    expect(cut).toBe('地区生产…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(10);
  });
});

describe('wrapToWidth', () => {
  it('breaks Chinese between characters and keeps every line within the width', () => {
    const lines = wrapToWidth('数字经济、智能制造、生命健康、新材料', 10);
    expect(lines.join('')).toBe('数字经济、智能制造、生命健康、新材料');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('drops the space a break lands on', () => {
    expect(wrapToWidth('abc def', 3)).toEqual(['abc', 'def']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapToWidth('', 10)).toEqual(['']);
  });
});

describe('squashWhitespace', () => {
  it('folds newlines and runs of spaces', () => {
    expect(squashWhitespace('  地区\n生产   总值 ')).toBe('地区 生产 总值');
  });
});
