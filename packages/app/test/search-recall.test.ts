/**
 * Search recall on what a reader sees (issue 12): 150 random 4-character phrases of the 十四五
 * proposal — as shown on screen, without the print's line breaks, the spaces around numbers
 * or Markdown — must each be found in that document, at offsets whose characters are that
 * phrase. Before the search looked through line breaks, 24 of 150 came back empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView, LantuApp } from '../src/index.js';
import { toSearchText } from '../src/search/search-text.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

let app: LantuApp;
let proposal: DocumentView;

beforeAll(async () => {
  app = await openTempApp({ asOf: '2026-06-30' });
  await app.ingest(yiwuInputs(), { actor: 'recall' });
  const summary = (await app.documents()).find((d) => d.title.includes('（三至七）'));
  if (!summary) throw new Error('the 十四五 proposal (三至七) is not in the corpus');
  proposal = await app.document(summary.id);
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

/** A small seeded generator (mulberry32), so the phrases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('search recall', () => {
  it('finds 150 random 4-character phrases of the 十四五 proposal, 0 misses', async () => {
    const shown = toSearchText(proposal.document.text).text;
    const next = random(20210101);
    const phrases: string[] = [];
    while (phrases.length < 150) {
      const at = Math.floor(next() * (shown.length - 4));
      const phrase = shown.slice(at, at + 4);
      if (phrase.includes(' ')) continue; // Latin word gaps are not what this measures
      phrases.push(phrase);
    }
    const misses: string[] = [];
    for (const phrase of phrases) {
      const hits = await app.search(phrase, { limit: 500 });
      const here = hits.filter((h) => h.document_id === proposal.document.id);
      const exact = here.some(
        (h) => toSearchText(proposal.document.text.slice(h.start, h.end)).text === phrase,
      );
      if (!exact) misses.push(phrase);
    }
    expect(misses, `missed: ${misses.join(' · ')}`).toEqual([]);
    // The two examples, each across a line break of the print.
    for (const phrase of ['科教产业创新区', '海外仓为平台']) {
      const hits = await app.search(phrase);
      expect(hits.length, phrase).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.snippet).toContain(phrase);
    }
  });

  it('gives item hits their deadline and status, and snippets without stray spaces', async () => {
    await app.scorecard(); // stores the statuses for the app's date
    const hits = await app.search('海外仓');
    const items = hits.filter((h) => h.type === 'item' && h.deadline !== null);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((h) => typeof h.deadline === 'number')).toBe(true);
    expect(items.some((h) => h.status !== null && h.status !== undefined)).toBe(true);
    expect(hits.every((h) => !/[\u4e00-\u9fff] [\u4e00-\u9fff\d]/.test(h.snippet))).toBe(true);
  });
});
