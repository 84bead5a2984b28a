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

describe('streaks of months and years', () => {
  const read = (text: string) =>
    readDocument({ text, meta: { kind: 'work-report', date: '2025-01-20' } }).items.map((i) => [
      i.measure,
      i.value,
      i.metric,
    ]);

  it('reads the rank a streak held, named by what is ranked, and no count of months', () => {
    // A city's work report; a national report's review.
    const consumption = read('全年累计拉动消费126亿元，消费增速连续8个月全省第一。');
    expect(consumption.map(([measure, value]) => [measure, value])).toEqual([
      ['level', 126],
      ['rank', 1],
    ]);
    expect(consumption[1]?.[2]).toMatch(/^消费/);
    expect(
      read('去年货物进出口总额突破40万亿元、连续多年居世界首位。').map(([, , m]) => m),
    ).toEqual(['货物进出口总额', '货物进出口总额']);
  });
});
