import { describe, expect, it } from 'vitest';
import {
  formatBreakdownTable,
  groupBreakdowns,
  scoreBreakdown,
  sumBreakdowns,
} from '../../src/score/index.js';
import { makeEntry, makeGold, makeItem } from '../support/score-builders.js';

const target = makeItem();
const actual = makeItem({
  kind: 'actual',
  comparator: '=',
  value: 1800,
  base_value: 1800e8,
  year: 2024,
  text: '全市生产总值1800亿元',
  start: 20,
  end: 32,
});
const milestone = makeItem({
  kind: 'milestone',
  metric: '建成植物园',
  measure: null,
  comparator: null,
  value: null,
  unit: null,
  base_value: null,
  base_unit: null,
  year: 2024,
  text: '2024年建成植物园',
  start: 40,
  end: 50,
});

describe('scoreBreakdown', () => {
  it('scores a perfect reading 1 on every figure', () => {
    const gold = makeGold({ items: [target, actual, milestone], outline: [makeEntry()] });
    const b = scoreBreakdown(
      { items: [target, actual, milestone], outline: [makeEntry()], frameworks: [] },
      gold,
    );
    expect([
      b.value.f1,
      b.strict.f1,
      b.targets.f1,
      b.actuals.f1,
      b.milestones.f1,
      b.outline.f1,
    ]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('counts a past figure read as a target against both targets and actuals', () => {
    const gold = makeGold({ items: [target, actual] });
    const misread = { ...actual, kind: 'target' as const, year: 2025 };
    const b = scoreBreakdown({ items: [target, misread], outline: [], frameworks: [] }, gold);
    expect(b.targets).toMatchObject({ tp: 1, predicted: 2, gold: 1 });
    expect(b.actuals).toMatchObject({ tp: 0, predicted: 0, gold: 1 });
    expect(b.value.tp).toBe(1);
  });

  it('keeps a value match out of strict when the year, comparator or metric is wrong', () => {
    const gold = makeGold({ items: [target] });
    const score = (p: typeof target) =>
      scoreBreakdown({ items: [p], outline: [], frameworks: [] }, gold);
    expect(score({ ...target, year: 2026 }).strict.tp).toBe(0);
    expect(score({ ...target, comparator: '>' }).strict.tp).toBe(0);
    expect(score({ ...target, metric: '总值' }).strict.tp).toBe(0);
    expect(score({ ...target, metric: '生产总值' }).strict.tp).toBe(1);
    expect(score({ ...target, year: 2026 }).value.tp).toBe(1);
  });

  it('sums counts over documents and groups them by key', () => {
    const gold = makeGold({ items: [target] });
    const hit = scoreBreakdown({ items: [target], outline: [], frameworks: [] }, gold);
    const miss = scoreBreakdown({ items: [], outline: [], frameworks: [] }, gold);
    expect(sumBreakdowns([hit, miss]).value).toMatchObject({ tp: 1, predicted: 1, gold: 2 });
    const groups = groupBreakdowns([
      { name: 'a', group: 'plan', breakdown: hit },
      { name: 'b', group: 'report', breakdown: miss },
      { name: 'c', group: 'plan', breakdown: hit },
    ]);
    expect(groups.map((g) => [g.name, g.breakdown.value.tp, g.breakdown.value.gold])).toEqual([
      ['plan', 2, 2],
      ['report', 0, 1],
    ]);
  });
});

describe('formatBreakdownTable', () => {
  it('shows F1 with matched/predicted/gold, and a dash where both sides are empty', () => {
    const gold = makeGold({ items: [target, actual] });
    const b = scoreBreakdown({ items: [target], outline: [], frameworks: [] }, gold);
    const table = formatBreakdownTable([{ name: '义乌.txt', breakdown: b }]);
    const [header, row] = table.split('\n');
    expect(header).toMatch(/^document\s+value\s+strict\s+targets/u);
    expect(row).toContain('0.667 1/1/2');
    expect(row).toContain('—');
  });
});
