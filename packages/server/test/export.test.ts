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
    expect(file.disposition).toMatch(/^attachment; filename="lantu-scorecard-2026-06-30\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer);
    const sheet = workbook.worksheets[0];
    const expected = (await t.app.scorecard({ indicator: 'gdp' })).total;
    expect(expected).toBeGreaterThan(0);
    expect(sheet?.actualRowCount).toBe(expected + 1);
    const texts = (await t.app.scorecard({ indicator: 'gdp' })).rows.map((r) => r.item.text);
    const cells = JSON.stringify(sheet?.getSheetValues());
    for (const text of texts) expect(cells).toContain(JSON.stringify(text).slice(1, -1));
  });

  it('exports CSV with a header and the same filters', async () => {
    const file = await download('/api/export/scorecard.csv?status=achieved');
    expect(file.type).toMatch(/^text\/csv/);
    const text = new TextDecoder().decode(file.bytes);
    const achieved = (await t.app.scorecard({ status: 'achieved' })).total;
    expect(achieved).toBeGreaterThan(0);
    // Quoted fields may hold line breaks, so count records by their status cell.
    expect(text.match(/achieved/g)?.length).toBeGreaterThanOrEqual(achieved);
    expect(text).not.toContain('not-yet-due');
  });

  it('exports JSON that is the scorecard', async () => {
    const file = await download('/api/export/scorecard.json');
    expect(file.type).toMatch(/^application\/json/);
    const card = scorecardSchema.parse(JSON.parse(new TextDecoder().decode(file.bytes)));
    expect(card.total).toBe((await t.app.scorecard()).total);
  });

  it('answers 400 for a bad filter', async () => {
    const res = await t.server.request('/api/export/scorecard.csv?status=splendid');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INPUT_INVALID' } });
  });
});
