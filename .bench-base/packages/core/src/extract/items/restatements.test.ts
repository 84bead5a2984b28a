import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

function read(text: string) {
  return readDocument({
    text,
    meta: { title: '测试“十四五”规划和二〇三五年远景目标', horizon: 2035 },
  }).items;
}

describe('one promise, one target', () => {
  it('marks a doubling against a base year as a restatement of the level in its clause', () => {
    const items = read('到2035年，全市生产总值突破4000亿元，比2025年翻一番。');
    expect(items.map((i) => [i.measure, i.value])).toEqual([
      ['level', 4000],
      ['increase', 100],
    ]);
    expect(items[0]?.restates).toBeUndefined();
    expect(items[1]?.restates).toBe(0);
  });

  it('marks 翻两番 against the last plan period the same way', () => {
    const items = read('到2035年，数字经济增加值达到3000亿元，较“十三五”末翻两番。');
    expect(items.find((i) => i.measure === 'increase')?.restates).toBe(0);
  });

  it('leaves a level and its growth on the year before as two items', () => {
    const items = read('2035年全市生产总值达到4000亿元，年均增长6%。');
    expect(items.every((i) => i.restates === undefined)).toBe(true);
  });

  it('does not link a doubling in the next sentence', () => {
    const items = read('全市生产总值突破4000亿元。人均收入比2025年翻一番。');
    expect(items.every((i) => i.restates === undefined)).toBe(true);
  });
});
