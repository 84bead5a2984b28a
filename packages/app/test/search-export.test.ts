import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LantuApp, Scorecard } from '../src/index.js';
import { EXPORT_HEADER } from '../src/export/scorecard-table.js';
import { addTestCity, SAMPLE_DOCUMENTS } from './support/sample-documents.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';

let app: LantuApp;
beforeAll(async () => {
  app = await openTempApp();
  await addTestCity(app);
  await app.ingest(SAMPLE_DOCUMENTS, { actor: 'tester' });
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

describe('search', () => {
  it('finds Chinese substrings in items first, then in document texts, with offsets into the text', async () => {
    const hits = await app.search('进出口', { limit: 50 });
    const items = hits.filter((h) => h.type === 'item');
    expect(items).toHaveLength(3);
    expect(hits.slice(0, 3).every((h) => h.type === 'item')).toBe(true);
    for (const hit of hits) {
      const { document } = await app.document(hit.document_id);
      expect(document.text.slice(hit.start, hit.end)).toBe('进出口');
      expect(hit.snippet).toContain('进出口');
      expect(hit.document_title).toBe(document.title);
    }
    // Every occurrence is found once: three in items and none repeated as a document hit.
    expect(hits).toHaveLength(3);
  });

  it('finds text outside any item as a document hit, honours the limit, and ignores case for Latin', async () => {
    const hits = await app.search('工作回顾');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ type: 'document', item_id: null });
    expect(await app.search('生产总值', { limit: 2 })).toHaveLength(2);
    expect(await app.search('   ')).toEqual([]);
    await expect(app.search('x', { limit: 0 })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });
});

describe('exportScorecard', () => {
  let card: Scorecard;
  beforeAll(async () => {
    card = await app.scorecard();
  });

  it('writes CSV with a BOM, a header and one line per target with its source sentence', async () => {
    const file = await app.exportScorecard('csv');
    expect(file.fileName).toBe('蓝图目标清单-截至2026-03-01.csv');
    expect(file.contentType).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(EXPORT_HEADER.join(','));
    expect(lines).toHaveLength(card.total + 1);
    expect(text).toContain('全市生产总值达到2000亿元以上');
    expect(text).toContain('已完成');
  });

  it('writes a real XLSX workbook: a 汇总 sheet, then a header row and numbers as numbers', async () => {
    const file = await app.exportScorecard('xlsx', { status: 'achieved', jurisdiction: '测试市' });
    expect(file.fileName).toBe('蓝图目标清单-截至2026-03-01-测试市-已完成.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '目标清单']);
    const summary = workbook.getWorksheet('汇总');
    expect(summary?.getRow(2).values).toEqual([undefined, '截至', '2026年3月1日']);
    expect(summary?.getRow(3).values).toEqual([undefined, '筛选', '测试市，已完成']);
    const sheet = workbook.getWorksheet('目标清单');
    expect(sheet?.rowCount).toBe(card.totals.achieved + 1);
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_HEADER);
    const column = (name: string) => EXPORT_HEADER.indexOf(name) + 1;
    const gdp = [...Array(sheet?.rowCount ?? 0).keys()]
      .map((i) => sheet?.getRow(i + 1))
      .find((row) => row?.getCell(column('目标')).value === '≥2000亿元');
    expect(gdp?.getCell(column('完成情况')).value).toBe('已完成');
    expect(gdp?.getCell(column('目标值')).value).toBe(2000);
    expect(gdp?.getCell(column('单位')).value).toBe('亿元');
    expect(gdp?.getCell(column('最新实际')).value).toBe('2100亿元');
    expect(gdp?.getCell(column('地区')).value).toBe('测试市');
    // No codes or line breaks reach a reader.
    const texts = (sheet?.getSheetValues() ?? []).flat().filter((v) => typeof v === 'string');
    expect(texts.some((v) => /\n|cn-zj|no-data|achieved|extracted/u.test(v))).toBe(false);
  });

  it("orders the rows as the screen's sort does", async () => {
    const file = await app.exportScorecard('csv', {}, { sort: 'status', direction: 'asc' });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    const statuses = text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    expect(statuses[0]).toBe('未完成');
    expect(statuses.at(-1)).toBe('已完成');
  });

  it('writes the whole scorecard as JSON', async () => {
    const file = await app.exportScorecard('json');
    const parsed = JSON.parse(new TextDecoder().decode(file.bytes)) as Scorecard;
    expect(parsed.total).toBe(card.total);
    expect(parsed.goalpost_changes).toHaveLength(1);
    await expect(app.exportScorecard('pdf' as never)).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
  });
});
