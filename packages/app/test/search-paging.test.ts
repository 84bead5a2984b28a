/** Search through the full-text index: ranked, paged, bounded, short needles still found. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LantuApp } from '../src/index.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

let app: LantuApp;
beforeAll(async () => {
  app = await openTempApp({ asOf: '2026-03-01' });
  await app.ingest(yiwuInputs(), { actor: 'proof' });
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

describe('search', () => {
  it('pages: consecutive pages are the cut of one longer page', async () => {
    const long = await app.search('发展', { limit: 30 });
    expect(long).toHaveLength(30);
    const first = await app.search('发展', { limit: 10 });
    const second = await app.search('发展', { limit: 10, offset: 10 });
    expect([...first, ...second]).toEqual(long.slice(0, 20));
  });

  it('finds a phrase of three or more characters through the index, every hit containing it', async () => {
    const hits = await app.search('生产总值', { limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    let exact = 0;
    for (const hit of hits) {
      const text = (await app.document(hit.document_id)).document.text;
      const found = text.slice(hit.start, hit.end);
      // A match in the metric only points at the whole item; every other hit is the phrase.
      if (hit.type === 'document') expect(found).toBe('生产总值');
      if (found === '生产总值') exact += 1;
    }
    expect(exact).toBeGreaterThan(0);
    expect(hits.some((h) => h.type === 'item')).toBe(true);
  });

  it('refuses an offset past the ranked candidates, in Chinese', async () => {
    await expect(app.search('发展', { offset: 5000 })).rejects.toThrow(/跳过条数/u);
  });
});
