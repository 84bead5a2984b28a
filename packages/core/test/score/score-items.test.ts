import { describe, expect, it } from 'vitest';
import { scoreItems } from '../../src/score/index.js';
import { makeItem } from '../support/score-builders.js';

const gdp = makeItem();
const growth = makeItem({
  measure: 'increase',
  comparator: '~',
  value: 7,
  unit: '%',
  base_value: 7,
  base_unit: '%',
  recurring: true,
  text: '年均增长7%左右',
  start: 13,
  end: 21,
});
const milestone = makeItem({
  kind: 'milestone',
  metric: '基本建成双江湖',
  measure: null,
  comparator: null,
  value: null,
  unit: null,
  base_value: null,
  base_unit: null,
  text: '2024 年基本建成双江湖',
  start: 30,
  end: 43,
});
const gold = [gdp, growth, milestone];

describe('scoreItems', () => {
  it('scores an identical reading 1.0 at both levels', () => {
    const s = scoreItems(gold, gold);
    expect(s.value.f1).toBe(1);
    expect(s.full.f1).toBe(1);
    expect(s.misses).toEqual([]);
    expect(s.spurious).toEqual([]);
    expect(Object.values(s.fieldErrors).every((n) => n === 0)).toBe(true);
  });

  it('counts one wrong year as a value match but not a full match', () => {
    const s = scoreItems(gold, [makeItem({ year: 2024 }), growth, milestone]);
    expect(s.value.f1).toBe(1);
    expect(s.full.f1).toBeLessThan(1);
    expect(s.full.tp).toBe(2);
    expect(s.fieldErrors.year).toBe(1);
    expect(s.disagreements).toMatchObject([{ field: 'year', gold: '2025', predicted: '2024' }]);
  });

  it('drops recall, not precision, for a missing item', () => {
    const s = scoreItems(gold, [gdp, milestone]);
    expect(s.value.precision).toBe(1);
    expect(s.value.recall).toBeCloseTo(2 / 3);
    expect(s.misses.map((m) => m.gold.index)).toEqual([1]);
  });

  it('drops precision, not recall, for an extra item', () => {
    const extra = makeItem({
      value: 30,
      unit: '条',
      base_value: 30,
      base_unit: '条',
      start: 50,
      end: 60,
    });
    const s = scoreItems(gold, [...gold, extra]);
    expect(s.value.recall).toBe(1);
    expect(s.value.precision).toBe(0.75);
    expect(s.spurious.map((x) => x.index)).toEqual([3]);
  });

  it('does not match a wrong number, and shows it as what was read there', () => {
    const s = scoreItems([gdp], [makeItem({ value: 200, base_value: 200e8 })]);
    expect(s.value.tp).toBe(0);
    expect(s.misses[0]?.nearest?.item.value).toBe(200);
    expect(s.spurious).toHaveLength(1);
  });

  it('needs the same kind and base unit at value level', () => {
    expect(scoreItems([gdp], [makeItem({ kind: 'actual' })]).value.tp).toBe(0);
    expect(scoreItems([gdp], [makeItem({ base_unit: '美元' })]).value.tp).toBe(0);
  });

  it('compares numbers with a relative tolerance and null as equal to null', () => {
    const close = makeItem({ value: 2000 * (1 + 1e-12), base_value: 0.1 + 0.2 - 0.3 + 2000e8 });
    expect(scoreItems([gdp], [close]).full.tp).toBe(1);
    const range = makeItem({ comparator: 'range', value: 4.5, value_max: 5 });
    expect(
      scoreItems([range], [makeItem({ comparator: 'range', value: 4.5, value_max: 5.5 })]).value.tp,
    ).toBe(0);
  });

  it('matches when spans overlap or starts are within 3 characters', () => {
    expect(scoreItems([gdp], [makeItem({ start: 11, end: 20 })]).value.tp).toBe(1);
    const empty = makeItem({ start: 3, end: 3 });
    expect(scoreItems([makeItem({ start: 0, end: 0 })], [empty]).value.tp).toBe(1);
    expect(scoreItems([gdp], [makeItem({ start: 12, end: 20 })]).value.tp).toBe(0);
  });

  it('matches a milestone on kind and span alone', () => {
    const s = scoreItems([milestone], [{ ...milestone, start: 35, end: 41, metric: '建成双江湖' }]);
    expect(s.value.tp).toBe(1);
    expect(s.full.tp).toBe(1);
  });

  it('judges metric, unit and scope loosely', () => {
    const rank = makeItem({
      measure: 'rank',
      value: 2,
      unit: '位',
      base_value: 2,
      base_unit: '位',
      scope: '全省县（市、区）',
    });
    const read = { ...rank, metric: '“全市 生产总值”增速', unit: ' 位', scope: '全省县(市、区)' };
    expect(scoreItems([rank], [read]).full.tp).toBe(1);
    expect(scoreItems([rank], [{ ...rank, scope: null }]).fieldErrors.scope).toBe(1);
    expect(scoreItems([rank], [{ ...rank, metric: '出口' }]).fieldErrors.metric).toBe(1);
  });

  it('pairs same-start items by best agreement, then by closest span', () => {
    // Gold has three rank items starting at one place (a clause growing by a phrase each time).
    const a = makeItem({ start: 315, end: 332 });
    const b = makeItem({ start: 315, end: 348 });
    const c = makeItem({ start: 315, end: 362 });
    const s = scoreItems([a, b, c], [c, a, b]);
    expect(s.pairs.map((p) => [p.gold, p.predicted])).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    const wrongYear = { ...a, year: 2030 };
    expect(scoreItems([a], [wrongYear, { ...a, start: 316 }]).pairs[0]?.predicted).toBe(1);
  });

  it('is deterministic under reordering of the reading', () => {
    const read = [growth, makeItem({ year: 2024 }), milestone, makeItem({ start: 2, end: 9 })];
    const s1 = scoreItems(gold, read);
    const s2 = scoreItems(gold, [...read].reverse());
    expect([s2.value.tp, s2.full.tp, s2.fieldErrors]).toEqual([
      s1.value.tp,
      s1.full.tp,
      s1.fieldErrors,
    ]);
  });

  it('compares baseline year, period and recurring', () => {
    const withBase = makeItem({
      baseline: { value: 3006, unit: '亿元', year: 2020 },
      period: '2021-2025',
    });
    const s = scoreItems([withBase], [makeItem({ recurring: true })]);
    expect(s.pairs[0]?.disagreements).toEqual(['period', 'recurring', 'baseline_year']);
  });
});
