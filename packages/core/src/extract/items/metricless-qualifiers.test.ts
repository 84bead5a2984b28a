import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';

function metrics(text: string): [number | null, string][] {
  return readDocument({
    text,
    meta: { title: '2022年国民经济和社会发展统计公报', date: '2023-03-10' },
  }).items.map((i) => [i.value, i.metric]);
}

describe('a qualifier before a number names no metric', () => {
  it('reads 同口径增长 as the growth of the revenue named before it', () => {
    expect(metrics('全年地方一般公共预算收入3339亿元、同口径增长5.5%。')).toEqual([
      [3339, '地方一般公共预算收入'],
      [5.5, '地方一般公共预算收入'],
    ]);
  });

  it('reads 两年平均增长 and 折合 as the figure named before them', () => {
    const read = metrics(
      '全年实现生产总值951435万元，比上年下降4.1%，两年平均增长2.5%。人均地区生产总值64195元，折合为9545美元。',
    );
    expect(read.find(([v]) => v === 2.5)?.[1]).toBe('生产总值');
    expect(read.find(([v]) => v === 9545)?.[1]).toBe('人均地区生产总值');
  });

  it('reads 比8月份净增 as the output named before it', () => {
    const read = metrics('9月份，全区原煤产量9850万吨，比8月份净增47万吨。');
    expect(read.find(([v]) => v === 47)?.[1]).toBe('全区原煤产量');
  });

  it('keeps a real metric that starts like a qualifier', () => {
    const read = metrics('全年同口径财政收入增长3%。');
    expect(read[0]?.[1]).toBe('同口径财政收入');
  });
});

describe('a label before a colon names the figure after it', () => {
  const named = (text: string) =>
    readDocument({ text, meta: { kind: 'article', date: '2022-03-06' } }).items.map((i) => [
      i.metric,
      i.value,
    ]);

  it('reads the label, without 目标, as the metric', () => {
    // A briefing on the national GDP target; news on a province's employment plan.
    expect(named('GDP目标：增长5.5%左右')).toEqual([['GDP', 5.5]]);
    expect(named('今年的安排如下。就业目标：新增110万人以上。')[0]).toEqual(['就业', 110]);
    // A clause naming its own metric keeps it.
    expect(named('今年的安排如下。就业目标：新增城镇就业110万人。')[0]).toEqual(['城镇就业', 110]);
  });
});
