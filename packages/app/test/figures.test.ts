import type { Actor } from '@lantu/core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFigures, type Figures, type LantuApp } from '../src/index.js';
import { addTestCity, PLAN_2021 } from './support/sample-documents.js';
import { countRows, openTempApp, removeTempStores, utf8 } from './support/temp-app.js';

const REVIEWER: Actor = { userId: 'u-rev', name: '发改局 张三', role: 'reviewer', unitId: null };

describe('figures the planning office enters', () => {
  let app: LantuApp;
  let figures: Figures;
  let gdpId: string;

  beforeEach(async () => {
    app = await openTempApp({ asOf: '2026-03-01' });
    figures = openFigures(app);
    await addTestCity(app);
    await app.ingest([PLAN_2021], { actor: 'tester' });
    const items = await app.store.items.list({});
    gdpId = items.find((i) => i.metric === '全市生产总值')?.id ?? '';
    expect(gdpId).not.toBe('');
  });
  afterEach(() => app.close());
  afterAll(removeTempStores);

  const gdpRow = async () =>
    (await app.scorecard({ jurisdiction: '测试市' })).rows.find((r) => r.item.id === gdpId);

  it('enters a figure that moves the status, corrects it and withdraws it, the author from the session', async () => {
    expect((await gdpRow())?.status.status).toBe('no-data');
    const entered = await figures.enter(
      { itemId: gdpId, period: '2025', value: 2100, unit: '亿元', note: '2025年统计公报' },
      REVIEWER,
    );
    expect(entered).toMatchObject({
      indicator_code: 'gdp',
      year: 2025,
      period: null,
      value: 2100e8,
      source: { type: 'manual', actor: '发改局 张三', note: '2025年统计公报' },
    });
    expect((await gdpRow())?.status.status).not.toBe('no-data');
    const corrected = await figures.correct(
      entered.id,
      { period: '2025', value: 2150, unit: '亿元', note: '统计公报（修订）' },
      REVIEWER,
    );
    expect(corrected.value).toBe(2150e8);
    expect((await figures.list()).map((f) => [f.indicator_name, f.value])).toEqual([
      [expect.any(String), 2150e8],
    ]);
    await figures.withdraw(entered.id, REVIEWER);
    expect(await figures.list()).toEqual([]);
    expect((await gdpRow())?.status.status).toBe('no-data');
  });

  it('refuses a figure in the wrong unit, a bad period or no source, storing nothing', async () => {
    const bad = [
      { itemId: gdpId, period: '2025', value: 5, unit: '%', note: '公报' },
      { itemId: gdpId, period: '明年', value: 5, unit: '亿元', note: '公报' },
      { itemId: gdpId, period: '2025', value: 5, unit: '亿元', note: '  ' },
    ];
    const messages: string[] = [];
    for (const input of bad) {
      await figures.enter(input, REVIEWER).catch((error: Error & { code?: string }) => {
        expect(error.code).toBe('INPUT_INVALID');
        messages.push(error.message);
      });
    }
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/单位/);
    expect(messages[1]).toMatch(/时期/);
    expect(messages[2]).toMatch(/来源/);
    expect(await countRows(app, 'observations')).toBe(0);
  });

  it('previews an import row by row in Chinese, storing nothing', async () => {
    const csv = [
      '指标,地区,时期,数值,单位',
      '地区生产总值,测试市,2025,2100,亿元',
      '不存在的指标,测试市,2025,1,亿元',
    ].join('\n');
    const preview = await app.importObservations('p.csv', utf8(csv), {
      actor: 'tester',
      dryRun: true,
    });
    expect(preview.dryRun).toBe(true);
    expect(preview.rows).toEqual([
      { row: 2, accepted: true, figures: 1, reasons: [] },
      { row: 3, accepted: false, figures: 0, reasons: ['指标“不存在的指标”无法识别'] },
    ]);
    const good = await app.importObservations(
      'p.csv',
      utf8(csv.split('\n').slice(0, 2).join('\n')),
      {
        actor: 'tester',
        dryRun: true,
      },
    );
    expect(good).toMatchObject({ imported: 1, errors: [], dryRun: true });
    expect(await countRows(app, 'observations')).toBe(0);
  });
});
