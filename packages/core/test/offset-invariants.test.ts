import { describe, expect, it } from 'vitest';
import type { Reading } from '../src/model/document.js';
import { offsetViolations } from './support/offset-invariants.js';
import { makeEntry, makeFramework, makeItem } from './support/score-builders.js';

const text = '全市生产总值达到2000亿元';

function reading(parts: Partial<Pick<Reading, 'items' | 'outline' | 'frameworks'>>): Reading {
  return {
    document: {
      title: '',
      chars: text.length,
      horizon: null,
      kind: 'other',
      date: null,
      jurisdiction: null,
    },
    items: [],
    outline: [],
    frameworks: [],
    ...parts,
  };
}

describe('offsetViolations', () => {
  it('accepts a sound reading', () => {
    expect(
      offsetViolations(text, reading({ items: [makeItem({ text, start: 0, end: text.length })] })),
    ).toEqual([]);
  });

  it('flags an item text that is not its slice', () => {
    const item = makeItem({ text: '全市', start: 1, end: 3 });
    expect(offsetViolations(text, reading({ items: [item] }))).toHaveLength(1);
  });

  it('flags spans outside the text or reversed, for every kind of entry', () => {
    const problems = offsetViolations(
      text,
      reading({
        items: [makeItem({ text: '', start: -1, end: -1 })],
        outline: [makeEntry({ start: 5, end: 4 })],
        frameworks: [makeFramework({ start: 0, end: text.length + 1 })],
      }),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'items[0]',
      'outline[0]',
      'frameworks[0]',
    ]);
  });
});
