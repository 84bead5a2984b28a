/**
 * Statuses stored per day: a jurisdiction's scorecard read from stored statuses must be
 * exactly the one computed live, and a write through the app must drop what it changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LantuApp, ScorecardFilter, ScorecardRow } from '../src/index.js';
import { addTestCity, SAMPLE_DOCUMENTS } from './support/sample-documents.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

afterAll(() => {
  removeTempStores();
});

describe('stored statuses on the Yiwu corpus', () => {
  let app: LantuApp;
  let yiwu: string;
  beforeAll(async () => {
    app = await openTempApp({ asOf: '2026-03-01' });
    await app.ingest(yiwuInputs(), { actor: 'proof' });
    const code = (await app.documents())[0]?.jurisdiction_code;
    if (code === null || code === undefined) throw new Error('no Yiwu jurisdiction');
    yiwu = code;
  });
  afterAll(async () => {
    await app.close();
  });

  const filters = (): ScorecardFilter[] => [
    { jurisdiction: yiwu },
    { jurisdiction: yiwu, limit: 5 },
    { jurisdiction: yiwu, limit: 7, offset: 4 },
    { jurisdiction: yiwu, offset: 3 },
    { jurisdiction: yiwu, status: 'achieved' },
    { jurisdiction: yiwu, status: 'not-yet-due', limit: 2, offset: 1 },
    { jurisdiction: yiwu, asOf: '2023-06-30', limit: 10 },
    { jurisdiction: yiwu, asOf: '2031-01-01' },
  ];

  it('reads the same scorecard from stored statuses as it computes live', async () => {
    for (const filter of filters()) {
      const asOf = filter.asOf ?? app.asOf;
      await app.store.statuses.invalidate('all');
      const live = await app.scorecard(filter);
      expect(live.total).toBeGreaterThan(0);
      // The live page wrote its statuses back: the next one is read.
      const all = Object.values(live.totals).reduce((a, b) => a + b, 0);
      expect(await app.store.statuses.count(yiwu, asOf)).toBe(all);
      expect(await app.scorecard(filter), JSON.stringify(filter)).toEqual(live);

      await app.store.statuses.invalidate('all');
      const refreshed = await app.refreshStatuses({ asOf, jurisdictions: [yiwu] });
      expect(refreshed.statuses).toBe(all);
      expect(await app.store.statuses.count(yiwu, asOf)).toBe(all);
      expect(await app.scorecard(filter), JSON.stringify(filter)).toEqual(live);
    }
  });

  it('reads the whole store and status, year and kind pages from stored statuses', async () => {
    const year = (await app.scorecard({ jurisdiction: yiwu })).rows.find(
      (r) => r.item.year !== null,
    )?.item.year;
    if (year === undefined || year === null) throw new Error('no dated target');
    const pages: ScorecardFilter[] = [
      { limit: 5 },
      { limit: 50, offset: 3 },
      { status: 'achieved', limit: 10 },
      { year, limit: 200 },
      { year, status: 'not-yet-due' },
      { kind: 'milestone', limit: 20 },
    ];
    for (const filter of pages) {
      await app.store.statuses.invalidate('all');
      const live = await app.scorecard(filter);
      await app.refreshStatuses();
      const everything = Object.values((await app.scorecard({ limit: 0 })).totals).reduce(
        (a, b) => a + b,
        0,
      );
      // Every status is stored, so the page below is read, not computed.
      expect(await app.store.statuses.count(undefined, app.asOf)).toBe(everything);
      const stored = await app.scorecard(filter);
      const label = JSON.stringify(filter);
      expect(stored.rows, label).toEqual(live.rows);
      expect(stored.total, label).toBe(live.total);
      expect(stored.totals, label).toEqual(live.totals);
    }
  });

  it('refreshes only what is missing when asked to (a restart over a refreshed store)', async () => {
    await app.refreshStatuses();
    const again = await app.refreshStatuses({ missingOnly: true });
    expect(again).toMatchObject({ jurisdictions: 0, statuses: 0 });
    await app.store.statuses.invalidate([yiwu]);
    const refilled = await app.refreshStatuses({ missingOnly: true });
    expect(refilled.jurisdictions).toBe(1);
    expect(refilled.statuses).toBe(await app.store.statuses.count(yiwu, app.asOf));
  });

  it('refreshes every jurisdiction with targets by default', async () => {
    await app.store.statuses.invalidate('all');
    const result = await app.refreshStatuses();
    expect(result.as_of).toBe('2026-03-01');
    expect(result.jurisdictions).toBeGreaterThanOrEqual(1);
    expect(await app.store.statuses.count(yiwu, '2026-03-01')).toBeGreaterThan(0);
  });
});

describe('a write drops stored statuses', () => {
  let app: LantuApp;
  beforeAll(async () => {
    app = await openTempApp({ asOf: '2026-03-01' });
    await addTestCity(app);
    await app.ingest(SAMPLE_DOCUMENTS, { actor: 'tester' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows a corrected figure on the next page after changeItem', async () => {
    const code = (await app.scorecard()).rows[0]?.item.jurisdiction_code;
    if (code === null || code === undefined) throw new Error('no jurisdiction');
    const plan = async (): Promise<ScorecardRow | undefined> =>
      (await app.scorecard({ jurisdiction: code })).rows.find(
        (r) => r.document.title === '测试市十四五规划' && r.item.metric === '全市生产总值',
      );
    await app.refreshStatuses({ jurisdictions: [code] });
    expect(await app.store.statuses.count(code, app.asOf)).toBeGreaterThan(0);
    expect((await plan())?.status.status).toBe('achieved');

    const report = (await app.documents()).find((d) => d.kind === 'work-report');
    const gdp = (await app.document(report?.id ?? '')).items.find(
      (i) => i.kind === 'actual' && i.metric === '全市生产总值' && i.measure === 'level',
    );
    if (gdp === undefined) throw new Error('no GDP figure');
    await app.changeItem(gdp.id, {
      action: 'correct',
      patch: { value: 1900, base_value: 190_000_000_000 },
      actor: 'alice',
    });
    expect(await app.store.statuses.count(code, app.asOf)).toBe(0);
    expect((await plan())?.status).toMatchObject({
      status: 'missed',
      numbers: { latest_value: 190_000_000_000 },
    });
    // That page was computed live and stored again; the stored one agrees.
    expect(await app.store.statuses.count(code, app.asOf)).toBeGreaterThan(0);
    expect((await plan())?.status.status).toBe('missed');
  });
});
