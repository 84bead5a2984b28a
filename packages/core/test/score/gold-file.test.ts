import { describe, expect, it } from 'vitest';
import { isLantuError } from '../../src/errors.js';
import { parseGoldFile } from '../../src/score/index.js';
import { makeFramework, makeItem } from '../support/score-builders.js';

const valid = {
  file: 'a.txt',
  horizon: 2025,
  outline: [{ level: 1, label: '八、', title: '标题', note: 'why', start: 3, end: 5 }],
  items: [{ ...makeItem(), section: undefined, note: 'n' }].map(({ section: _s, ...rest }) => rest),
  frameworks: [{ ...makeFramework(), occurrence: 1 }],
};

describe('parseGoldFile', () => {
  it('accepts the gold shape, with notes, occurrences and no section', () => {
    const gold = parseGoldFile(JSON.parse(JSON.stringify(valid)));
    expect(gold.items[0]?.note).toBe('n');
    expect(gold.items[0]).not.toHaveProperty('section');
    expect(gold.frameworks[0]?.occurrence).toBe(1);
    expect(gold.outline[0]?.label).toBe('八、');
  });

  it('names the first bad path', () => {
    const bad = { ...valid, items: [{ ...valid.items[0], year: '2025' }] };
    try {
      parseGoldFile(bad, 'g.json');
      expect.unreachable();
    } catch (e) {
      expect(isLantuError(e) && e.code).toBe('INPUT_INVALID');
      expect((e as Error).message).toBe(
        'g.json.items[0].year: expected a number or null, got "2025"',
      );
    }
  });

  it('rejects an unknown kind and a non-string listed item', () => {
    expect(() => parseGoldFile({ ...valid, items: [{ ...valid.items[0], kind: 'goal' }] })).toThrow(
      /items\[0\]\.kind: expected one of target actual milestone/u,
    );
    const part = { count: 1, label: '', items: [1] };
    expect(() =>
      parseGoldFile({ ...valid, frameworks: [{ ...makeFramework(), parts: [part] }] }),
    ).toThrow(/frameworks\[0\]\.parts\[0\]\.items\[0\]: expected a string/u);
  });
});
