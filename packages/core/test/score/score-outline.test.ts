import { describe, expect, it } from 'vitest';
import { scoreOutline } from '../../src/score/index.js';
import { makeEntry } from '../support/score-builders.js';

const gold = [
  makeEntry({ start: 3, end: 10 }),
  makeEntry({ level: 2, label: '25.', title: '基本建成双江湖', start: 105, end: 112 }),
];

describe('scoreOutline', () => {
  it('scores an identical outline 1.0', () => {
    const s = scoreOutline(gold, gold);
    expect(s.match.f1).toBe(1);
    expect([s.levelAgree, s.labelAgree]).toEqual([2, 2]);
  });

  it('matches starts within 2 characters, or equal titles anywhere', () => {
    expect(scoreOutline(gold, [makeEntry({ title: 'x', start: 5 })]).match.tp).toBe(1);
    expect(scoreOutline(gold, [makeEntry({ title: 'x', start: 6 })]).match.tp).toBe(0);
    const moved = makeEntry({ title: '基本建成 双江湖', level: 2, label: '25．', start: 90 });
    const s = scoreOutline(gold, [moved]);
    expect(s.match.tp).toBe(1);
    expect(s.labelAgree).toBe(1);
  });

  it('reports level and label agreement among matches', () => {
    const s = scoreOutline(gold, [
      gold[0] ?? makeEntry(),
      makeEntry({ ...gold[1], level: 3, label: '（一）' }),
    ]);
    expect(s.match.f1).toBe(1);
    expect(s.levelAgree).toBe(1);
    expect(s.labelAgree).toBe(1);
  });

  it('lists misses and spurious headings', () => {
    const s = scoreOutline(gold, [makeEntry({ title: '别的', start: 500 })]);
    expect(s.misses.map((m) => m.index)).toEqual([0, 1]);
    expect(s.spurious.map((m) => m.index)).toEqual([0]);
    expect(s.match.precision).toBe(0);
  });
});
