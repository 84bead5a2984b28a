import { describe, expect, it } from 'vitest';
import { formatScoreReport, prf, scoreCorpus } from '../../src/score/index.js';
import { makeEntry, makeFramework, makeGold, makeItem } from '../support/score-builders.js';

const items = Array.from({ length: 12 }, (_, i) =>
  makeItem({ value: i + 1, base_value: (i + 1) * 1e8, start: i * 20, end: i * 20 + 10 }),
);
const reading = { items, outline: [makeEntry()], frameworks: [makeFramework()] };

describe('scoreCorpus', () => {
  it('micro-averages by summing counts over documents', () => {
    const report = scoreCorpus([
      { reading, gold: makeGold(reading, 'a.txt') },
      { reading: { items: [], outline: [], frameworks: [] }, gold: makeGold(reading, 'b.txt') },
    ]);
    expect(report.documents.map((d) => d.items.value.f1)).toEqual([1, 0]);
    expect(report.corpus.items.value).toEqual(prf(12, 12, 24));
    expect(report.corpus.outline.match.recall).toBe(0.5);
    expect(report.corpus.frameworks.match.precision).toBe(1);
  });

  it('scores empty against empty as perfect and empty against gold as zero', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 0, 5)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('formatScoreReport', () => {
  const report = scoreCorpus([
    {
      reading: {
        items: [makeItem({ value: 1, base_value: 1e8, year: 2030 })],
        outline: [],
        frameworks: [],
      },
      gold: makeGold(reading, 'doc-1.txt'),
    },
  ]);

  it('prints the tables, the field counts and capped lists', () => {
    const text = formatScoreReport(report, { maxListed: 3 });
    expect(text).toContain('corpus (micro)');
    expect(text).toContain('field disagreements among 1 value-matched items: year 1');
    expect(text).toContain('── doc-1.txt');
    expect(text).toContain('items: 11 missed, 0 spurious');
    expect(text).toContain('… 8 more');
    expect(text).not.toContain('≠ year');
  });

  it('lists every field disagreement when verbose', () => {
    expect(formatScoreReport(report, { verbose: true })).toContain('≠ year: gold 2025, read 2030');
  });
});
