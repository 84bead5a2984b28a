/**
 * Cross-city comparison: 义乌 (its documents) against 金华 and 浙江 (a statistics table
 * imported beside them), GDP level and growth, each value with its source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LantuApp } from '../src/index.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

let app: LantuApp;
beforeAll(async () => {
  app = await openTempApp({ asOf: '2026-03-01' });
  await app.ingest(yiwuInputs(), { actor: 'test' });
  const table = [
    '指标,地区,时期,数值,单位',
    '地区生产总值,金华市,2025,6800,亿元',
    '地区生产总值,浙江省,2025,90000,亿元',
  ].join('\n');
  const result = await app.importObservations('statistics.csv', new TextEncoder().encode(table), {
    actor: 'test',
  });
  expect(result.errors).toEqual([]);
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

describe('compare', () => {
  it('sets 义乌, 金华 and 浙江 side by side, the highest level first, with sources', async () => {
    const c = await app.compare({
      indicator: 'gdp',
      jurisdictions: ['义乌市', '金华市', '浙江省'],
      years: [2025],
    });
    expect(c.measure).toBe('level');
    expect(c.rows.map((r) => r.jurisdiction.name_zh)).toEqual(['浙江省', '金华市', '义乌市']);
    const [zhejiang, , yiwu] = c.rows;
    expect(zhejiang?.cells[0]?.actual).toMatchObject({ text: '9万亿元' });
    expect(zhejiang?.cells[0]?.actual?.source.label).toContain('statistics.csv');
    expect(yiwu?.cells[0]?.actual?.text).toBe('2693.3亿元');
    expect(yiwu?.cells[0]?.actual?.source.sentence).toContain('2693.3');
    expect(yiwu?.cells[0]?.target?.text).toBe('≥2000亿元');
  });

  it('never mixes a growth rate with a level, and exports a CSV with Chinese headers', async () => {
    const growth = await app.compare({ indicator: 'gdp', measure: 'increase' });
    expect(growth.base_unit).toBe('%');
    for (const row of growth.rows) {
      for (const cell of row.cells) {
        for (const v of [cell.target, cell.actual])
          if (v !== null) expect(v.value).toBeLessThan(1000); // percent (翻一番 = 100), never 元
      }
    }
    const file = await app.exportComparison({ indicator: 'gdp', years: [2025] });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(file.fileName).toBe('蓝图对比-地区生产总值-总量.csv');
    expect(text.split('\r\n')[0]).toBe('\uFEFF地区,年份,指标,口径,目标,目标出处,实际,实际出处');
    await expect(app.compare({ indicator: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
