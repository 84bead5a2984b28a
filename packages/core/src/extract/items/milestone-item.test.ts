import { describe, expect, it } from 'vitest';
import { clauseSpans, milestoneItem, stopCodes } from './milestone-item.js';

describe('milestone clauses', () => {
  it('splits a span into clauses at its stops, the end closing the last', () => {
    const text = '今年：建成义乌大剧院，实现县城千兆光网全覆盖';
    const spans = clauseSpans(text, 0, text.length, stopCodes('，；：'));
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual([
      '今年',
      '建成义乌大剧院',
      '实现县城千兆光网全覆盖',
    ]);
    expect(clauseSpans(text, 3, 11, stopCodes('，；：')).map(([a, b]) => text.slice(a, b))).toEqual(
      ['建成义乌大剧院', ''],
    );
  });

  it('states a clause as a numberless item quoting the original', () => {
    const original = '到2027年，建成国际消费中心城市。';
    const item = milestoneItem(
      { metric: '建成国际消费中心城市', year: 2027, start: 7, end: 17, section: null },
      original,
    );
    expect([item.kind, item.year, item.value, item.text]).toEqual([
      'milestone',
      2027,
      null,
      '建成国际消费中心城市',
    ]);
  });
});
