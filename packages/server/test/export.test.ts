import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardSchema } from '../src/schemas/scorecard.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function download(path: string) {
  const res = await t.server.request(path);
  expect(res.status).toBe(200);
  return {
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

describe('GET /api/export/scorecard.*', () => {
  it('exports XLSX that parses back with one row per scorecard row', async () => {
    const file = await download('/api/export/scorecard.xlsx?indicator=gdp');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(file.disposition)).toContain(
      '蓝图目标清单-截至2026-06-30-地区生产总值.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer);
    const sheet = workbook.getWorksheet('目标清单');
    const expected = (await t.app.scorecard({ indicator: 'gdp' })).total;
    expect(expected).toBeGreaterThan(0);
    expect(sheet?.actualRowCount).toBe(expected + 1);
    // Each source sentence, as a reader sees it: newspaper line breaks and number spacing gone.
    const texts = (await t.app.scorecard({ indicator: 'gdp' })).rows.map((r) =>
      r.item.text.replace(/\s+/gu, ''),
    );
    const cells = JSON.stringify(sheet?.getSheetValues()).replace(/\s+/gu, '');
    for (const text of texts) expect(cells).toContain(text);
  });

  it('exports CSV with a header and the same filters', async () => {
    const file = await download('/api/export/scorecard.csv?status=achieved');
    expect(file.type).toMatch(/^text\/csv/);
    const text = new TextDecoder().decode(file.bytes);
    const achieved = (await t.app.scorecard({ status: 'achieved' })).total;
    expect(achieved).toBeGreaterThan(0);
    // One record per line (no line breaks inside cells), each with its status in Chinese.
    const records = text.trimEnd().split('\r\n');
    expect(records).toHaveLength(achieved + 1);
    expect(records.slice(1).every((line) => line.split(',')[1] === '已完成')).toBe(true);
    expect(text).not.toContain('尚未到期');
  });

  it('exports JSON that is the scorecard', async () => {
    const file = await download('/api/export/scorecard.json');
    expect(file.type).toMatch(/^application\/json/);
    const card = scorecardSchema.parse(JSON.parse(new TextDecoder().decode(file.bytes)));
    expect(card.total).toBe((await t.app.scorecard()).total);
  });

  it("orders the file's rows as the screen sorts them", async () => {
    const file = await download('/api/export/scorecard.csv?sort=status&direction=desc');
    const lines = new TextDecoder().decode(file.bytes).trimEnd().split('\r\n');
    expect(lines[1]?.split(',')[1]).toBe('已完成');
  });

  it('answers 400 for a bad filter', async () => {
    const res = await t.server.request('/api/export/scorecard.csv?status=splendid');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INPUT_INVALID' } });
  });
});
