import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

const values = (text: string) =>
  readDocument({ text, meta: { kind: 'article', date: '2022-01-25' } }).items.map((i) => i.value);

describe('numbers that name a club of cities are not figures', () => {
  it('skips 万亿之城 and 万亿俱乐部 but keeps the figure that qualifies', () => {
    // News on cities' GDP rankings, two wordings.
    expect(values('京沪携手晋级4万亿之城，这两座城市2021年GDP双双突破4万亿大关。')).toEqual([4]);
    expect(values('东莞正式跻身万亿俱乐部，地区生产总值达1.09万亿元。')).toEqual([1.09]);
  });
});
