import { describe, expect, it } from 'vitest';
import { scoreFrameworks } from '../../src/score/index.js';
import { makeFramework } from '../support/score-builders.js';

const tracks = makeFramework();
const strategy = makeFramework({
  name: '八八战略',
  text: '“八八战略”',
  parts: [
    { count: 8, label: '', items: [] },
    { count: 8, label: '', items: [] },
  ],
  start: 10,
  end: 16,
});

describe('scoreFrameworks', () => {
  it('scores identical frameworks 1.0', () => {
    const s = scoreFrameworks([tracks, strategy], [tracks, strategy]);
    expect(s.match.f1).toBe(1);
    expect(s.partsCountAgree).toBe(2);
    expect(s.listedItems.f1).toBe(1);
  });

  it('matches by name with quotes and spaces stripped, wherever it is', () => {
    const s = scoreFrameworks(
      [tracks],
      [makeFramework({ name: '“三大 新赛道”', start: 900, end: 910 })],
    );
    expect(s.match.tp).toBe(1);
  });

  it('matches by overlapping span under another name', () => {
    expect(
      scoreFrameworks([tracks], [makeFramework({ name: '新赛道', start: 104, end: 120 })]).match.tp,
    ).toBe(1);
  });

  it('counts parts-count and listed-item agreement among matches', () => {
    const read = makeFramework({
      parts: [{ count: 4, label: '新赛道', items: ['数字化', '双循环', '开放'] }],
    });
    const s = scoreFrameworks([tracks], [read]);
    expect(s.partsCountAgree).toBe(0);
    expect(s.listedItems.tp).toBe(2);
    expect(s.listedItems.precision).toBeCloseTo(2 / 3);
    expect(s.listedItems.recall).toBeCloseTo(2 / 3);
  });

  it('treats a further mention of a gold name as a repeat, not spurious', () => {
    const again = { ...strategy, start: 400, end: 406 };
    const s = scoreFrameworks([strategy], [strategy, again]);
    expect(s.match.precision).toBe(1);
    expect(s.repeats).toBe(1);
    expect(s.spurious).toEqual([]);
  });

  it('lists misses and spurious frameworks', () => {
    const other = makeFramework({ name: '十大行动', start: 300, end: 306 });
    const s = scoreFrameworks([tracks, strategy], [other]);
    expect(s.misses.map((m) => m.framework.name)).toEqual(['三大新赛道', '八八战略']);
    expect(s.spurious.map((m) => m.framework.name)).toEqual(['十大行动']);
    expect(s.match.f1).toBe(0);
  });
});

describe('scoreFrameworks, place against name', () => {
  it('prefers the framework read at the same place over a same-name mention elsewhere', () => {
    const gold = makeFramework({ name: '三大交通走廊', start: 1486, end: 1508 });
    const heading = makeFramework({ name: '三大交通走廊', start: 1460, end: 1466 });
    const list = makeFramework({ name: '三大综合立体交通走廊', start: 1486, end: 1508 });
    const s = scoreFrameworks([gold], [heading, list]);
    expect(s.pairs).toMatchObject([{ gold: 0, predicted: 1 }]);
    expect(s.repeats).toBe(1);
    expect(s.spurious).toEqual([]);
  });
});
