/**
 * Issue 11: a growth-rate rank is never compared with a total rank. On the Yiwu corpus the
 * only conflict reported was 增速居全省县（市、区）第2位 against 总量……跃升至第7位 — a false one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ClaimConflict } from '@lantu/core';
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

it('Yiwu: 增速第2位 and 总量第7位 of 2025 are two rankings, not a conflict', async () => {
  const card = await app.scorecard();
  const rankConflicts = (card.claim_conflicts as ClaimConflict[]).filter(
    (c) => c.measure === 'rank',
  );
  expect(rankConflicts).toEqual([]);
  // Both places are still read: the fix is in the comparison, not in the reading.
  const series = await app.series('gdp', 'cn-zj-jh-yw');
  const places = series.observations
    .filter((o) => o.measure === 'rank' && o.year === 2025)
    .map((o) => o.value);
  expect(places).toEqual(expect.arrayContaining([2, 7]));
});
