import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LantuApp } from '../src/index.js';
import { addTestCity, REPORT_2026 } from './support/sample-documents.js';
import { openTempApp, removeTempStores, utf8 } from './support/temp-app.js';

let app: LantuApp;
beforeEach(async () => {
  app = await openTempApp();
  await addTestCity(app);
});
afterEach(() => app.close());
afterAll(removeTempStores);

async function reportItems(): Promise<Awaited<ReturnType<LantuApp['document']>>['items']> {
  const [result] = await app.ingest([REPORT_2026], { actor: 'tester' });
  if (result?.ok !== true) throw new Error('ingest failed');
  return (await app.document(result.documentId)).items;
}

describe('linking', () => {
  it('a person re-links an item; the automatic linker keeps it, and the figure moves with it', async () => {
    const trade = (await reportItems()).find((i) => i.metric === '全市进出口总额');
    if (trade === undefined) throw new Error('no trade item');
    expect(trade.indicator_code).toBe('trade-total');
    const relinked = await app.changeItem(trade.id, {
      action: 'correct',
      patch: { indicator_code: 'exports' },
      actor: 'alice',
    });
    expect(relinked).toMatchObject({
      indicator_code: 'exports',
      link_method: 'manual',
      link_confidence: null,
    });
    expect(await app.linkAll({ actor: 'linker' })).toEqual({ linked: 0 });
    expect((await app.store.items.get(trade.id)).indicator_code).toBe('exports');
    expect((await app.series('trade-total', '测试市')).observations).toEqual([]);
    expect((await app.series('exports', '测试市')).observations.map((o) => o.value)).toEqual([
      320_000_000_000,
    ]);
    const history = await app.itemHistory(trade.id);
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['link', 'tester'],
      ['link', 'alice'],
    ]);
  });

  it('a person can unlink, and the unlink is kept too', async () => {
    const trade = (await reportItems()).find((i) => i.metric === '全市进出口总额');
    if (trade === undefined) throw new Error('no trade item');
    await app.changeItem(trade.id, {
      action: 'correct',
      patch: { indicator_code: null },
      actor: 'alice',
    });
    await app.linkAll({ actor: 'linker' });
    expect(await app.store.items.get(trade.id)).toMatchObject({
      indicator_code: null,
      link_method: 'manual',
    });
  });

  it('linkAll links what a new indicator now covers, and stores the figures of newly linked actuals', async () => {
    const [result] = await app.ingest(
      [
        {
          fileName: 'r.txt',
          bytes: utf8('一、回顾\n2025年，全市航线总量35条。\n'),
          meta: { jurisdiction: '测试市', kind: 'work-report', date: '2026-01-20' },
        },
      ],
      { actor: 'tester' },
    );
    if (result?.ok !== true) throw new Error('ingest failed');
    expect(result.linked).toBe(0);
    await app.store.indicators.upsert([
      {
        code: 'air-routes',
        name_zh: '航线总量',
        name_en: 'Air routes',
        aliases: [],
        unit_family: 'count',
        base_unit: '条',
        polarity: 'higher-is-better',
      },
    ]);
    expect(await app.linkAll({ actor: 'linker' })).toEqual({ linked: 1 });
    expect((await app.series('air-routes', 'cn-zj-test')).observations.map((o) => o.value)).toEqual(
      [35],
    );
    expect(await app.linkAll({ actor: 'linker' })).toEqual({ linked: 0 });
  });

  it('rejects a link to an unknown indicator or jurisdiction and changes nothing', async () => {
    const item = (await reportItems())[0];
    if (item === undefined) throw new Error('no item');
    await expect(
      app.changeItem(item.id, {
        action: 'correct',
        patch: { indicator_code: 'no-such' },
        actor: 'alice',
      }),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(
      app.changeItem(item.id, {
        action: 'correct',
        patch: { jurisdiction_code: '火星' },
        actor: 'alice',
      }),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    expect(await app.store.items.get(item.id)).toMatchObject({
      indicator_code: item.indicator_code,
      link_method: 'auto',
    });
  });
});
