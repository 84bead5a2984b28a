/**
 * Integrity of the development corpus (fixtures/corpus): every gold span is
 * the text it claims to be, so a hand edit that shifts an offset is caught
 * here rather than scored as a miss. Not a threshold test: the corpus measures
 * the grammar, it does not gate it.
 */
import { describe, expect, it } from 'vitest';
import { loadDevCorpusFixtures, loadTargetSentences } from './support/dev-corpus-fixtures.js';

const fixtures = loadDevCorpusFixtures();

describe('development corpus', () => {
  it('has documents, each with a gold reading', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: gold spans match the text', (_, f) => {
    for (const item of f.gold.items) expect(f.text.slice(item.start, item.end)).toBe(item.text);
    for (const entry of f.gold.outline)
      expect(f.text.slice(entry.start, entry.end)).toBe(entry.title);
    for (const fw of f.gold.frameworks) expect(f.text.slice(fw.start, fw.end)).toBe(fw.text);
  });

  it('has at least 60 published target sentences from national and provincial reports', () => {
    const sentences = loadTargetSentences();
    const national = sentences.filter((s) => s.jurisdiction === '全国');
    expect(sentences.length).toBeGreaterThanOrEqual(60);
    expect(national.length).toBeGreaterThanOrEqual(40);
    for (const s of sentences) expect(s.expected.year).toBe(Number(s.date.slice(0, 4)));
  });
});
