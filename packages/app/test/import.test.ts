import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LantuApp } from '../src/index.js';
import { addTestCity } from './support/sample-documents.js';
import { countRows, openTempApp, removeTempStores, utf8 } from './support/temp-app.js';

let app: LantuApp;
beforeEach(async () => {
  app = await openTempApp();
  await addTestCity(app);
});
afterEach(() => app.close());
afterAll(removeTempStores);

const GOOD_CSV = [
  '指标,地区,时期,数值,单位,口径',
  '地区生产总值,测试市,2025,2100,亿元,',
  'gdp,cn-zj-test,2025H1,"1,020.5",亿元,',
  'GDP增速,测试市,2025,6.5,%,',
  '常住人口,测试市,2025年,120.5,万人,',
  '地区生产总值,测试市,2021-2025,7.1,%,增长',
  '社会消费品零售总额,测试市,2025年前三季度,>800,亿元,',
  '快递业务量,测试市,2025,2,位,',
].join('\n');

describe('importObservations (CSV)', () => {
  it('stores every row in base units, with measure, period and source row', async () => {
    const result = await app.importObservations('stats.csv', utf8(GOOD_CSV), { actor: 'tester' });
    expect(result).toEqual({ fileName: 'stats.csv', imported: 7, errors: [], skipped: 0 });
    const gdp = await app.series('gdp', '测试市');
    expect(
      gdp.observations.map((o) => [o.year, o.period, o.measure, o.value, o.base_unit]),
    ).toEqual([
      [2025, null, 'level', 210_000_000_000, '元'],
      [2025, null, 'increase', 6.5, '%'],
      [2025, '2021-2025', 'increase', 7.1, '%'],
      [2025, 'H1', 'level', 102_050_000_000, '元'],
    ]);
    expect(gdp.observations[0]?.source).toEqual({ type: 'table', file: 'stats.csv', row: 2 });
    const people = await app.series('resident-population', '测试市');
    expect(people.observations.map((o) => [o.value, o.base_unit])).toEqual([[1_205_000, '人']]);
    const retail = await app.series('retail-sales', '测试市');
    expect(retail.observations.map((o) => [o.period, o.comparator, o.value])).toEqual([
      ['Q1-Q3', '>', 80_000_000_000],
    ]);
    const express = await app.series('express-delivery-volume', '测试市');
    expect(express.observations.map((o) => [o.measure, o.value, o.base_unit])).toEqual([
      ['rank', 2, '位'],
    ]);
  });

  it('importing the same table again stores nothing new', async () => {
    await app.importObservations('stats.csv', utf8(GOOD_CSV), { actor: 'tester' });
    const before = await countRows(app, 'observations');
    const again = await app.importObservations('stats-copy.csv', utf8(GOOD_CSV), {
      actor: 'tester',
    });
    expect(again).toMatchObject({ imported: 0, skipped: 7, errors: [] });
    expect(await countRows(app, 'observations')).toBe(before);
  });

  it('reads a growth column as a second, increase figure, and a year column with a part-year period', async () => {
    const csv =
      'indicator,jurisdiction,year,period,value,unit,增速\n出口,测试市,2025,上半年,500,亿元,12.5\n进口,测试市,2025,,,,-3\n';
    expect(await app.importObservations('t.csv', utf8(csv), { actor: 't' })).toMatchObject({
      imported: 3,
      errors: [],
    });
    const exports = await app.series('exports', '测试市');
    expect(exports.observations.map((o) => [o.period, o.measure, o.value])).toEqual([
      ['H1', 'level', 50_000_000_000],
      ['H1', 'increase', 12.5],
    ]);
    expect(
      (await app.series('imports', '测试市')).observations.map((o) => [o.measure, o.value]),
    ).toEqual([['increase', -3]]);
  });

  it('reports every bad row and stores nothing at all', async () => {
    const csv = [
      '指标,地区,时期,数值,单位',
      '地区生产总值,测试市,2025,2100,亿元', // fine, but must not be stored
      '不存在的指标,测试市,2025,1,亿元',
      '地区生产总值,火星,2025,1,亿元',
      '地区生产总值,测试市,明年,1,亿元',
      '地区生产总值,测试市,2025,很多,亿元',
      '地区生产总值,测试市,2025,100,万人',
      '地区生产总值,测试市,2025,100,',
      '地区生产总值,测试市,2025,100,亿克朗',
    ].join('\n');
    const result = await app.importObservations('bad.csv', utf8(csv), { actor: 'tester' });
    expect(result.imported).toBe(0);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(result.errors[0]?.message).toContain('不存在的指标');
    expect(result.errors[1]?.message).toContain('火星');
    expect(result.errors[3]?.message).toContain('很多');
    expect(result.errors[4]?.message).toContain('万人');
    expect(result.errors[5]?.message).toContain('no unit');
    expect(result.errors[6]?.message).toContain('亿克朗');
    expect(await countRows(app, 'observations')).toBe(0);
  });

  it('reports missing columns against the header row', async () => {
    const result = await app.importObservations('x.csv', utf8('名称,数值\n地区生产总值,1\n'), {
      actor: 't',
    });
    expect(result.imported).toBe(0);
    expect(result.errors.every((e) => e.row === 1)).toBe(true);
    expect(result.errors.map((e) => e.message).join(' ')).toMatch(
      /indicator.*jurisdiction.*period/u,
    );
  });

  it('reads GB18030 CSV, as Excel on Chinese Windows saves it', async () => {
    const text = '指标,地区,时期,数值,单位\n地区生产总值,测试市,2025,2100,亿元\n';
    const gbk = gb18030(text);
    expect(await app.importObservations('gbk.csv', gbk, { actor: 't' })).toMatchObject({
      imported: 1,
    });
  });

  it('refuses other formats, malformed CSV and empty files as a whole', async () => {
    await expect(app.importObservations('x.txt', utf8('a'), { actor: 't' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
    });
    await expect(
      app.importObservations('x.csv', utf8('a,"b\n'), { actor: 't' }),
    ).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(app.importObservations('x.csv', utf8(''), { actor: 't' })).rejects.toMatchObject({
      code: 'FILE_EMPTY',
    });
  });
});

describe('importObservations (XLSX)', () => {
  it('reads the first sheet, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['indicator', 'jurisdiction', 'period', 'value', 'unit']);
    sheet.addRow(['地区生产总值', '测试市', 2025, 2100, '亿元']);
    sheet.addRow(['一般公共预算收入', 'cn-zj-test', '2025Q1-Q3', 150.25, '亿元']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await app.importObservations('t.xlsx', bytes, { actor: 't' })).toMatchObject({
      imported: 2,
      errors: [],
    });
    const revenue = await app.series('general-public-budget-revenue', '测试市');
    expect(revenue.observations.map((o) => [o.period, o.value])).toEqual([
      ['Q1-Q3', 15_025_000_000],
    ]);
    expect(revenue.observations[0]?.source).toEqual({ type: 'table', file: 't.xlsx', row: 3 });
  });

  it('reports bad rows of a workbook with their sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['indicator', 'jurisdiction', 'period', 'value', 'unit']);
    sheet.addRow(['地区生产总值', '测试市', 2025, 2100, '亿元']);
    sheet.addRow([]);
    sheet.addRow(['地区生产总值', '测试市', 2025, 'n/a', '亿元']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await app.importObservations('t.xlsx', bytes, { actor: 't' });
    expect(result).toMatchObject({ imported: 0, errors: [{ row: 4 }] });
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(
      app.importObservations('t.xlsx', utf8('not a zip'), { actor: 't' }),
    ).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
    });
  });
});

/**
 * GB18030 bytes of `text`. Node decodes GB18030 but cannot encode it, so each character's
 * two-byte code is found by decoding the GBK double-byte range once.
 */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = codes.get(char);
      if (pair === undefined) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
