import { storeDatabase } from '@lantu/store';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LantuApp } from '../src/index.js';
import {
  addTestCity,
  PLAN_2021,
  PLAN_2023,
  REPORT_2026,
  SAMPLE_DOCUMENTS,
} from './support/sample-documents.js';
import { countRows, openTempApp, removeTempStores, utf8 } from './support/temp-app.js';

let app: LantuApp;
beforeEach(async () => {
  app = await openTempApp();
  await addTestCity(app);
});
afterEach(() => app.close());
afterAll(removeTempStores);

describe('ingest', () => {
  it('stores each document, links its targets and actuals, and reports progress per file', async () => {
    const progress: [number, number, string][] = [];
    const results = await app.ingest(SAMPLE_DOCUMENTS, {
      actor: 'tester',
      onProgress: (done, total, name) => progress.push([done, total, name]),
    });
    expect(results.every((r) => r.ok && r.status === 'created')).toBe(true);
    expect(progress).toEqual([
      [1, 3, 'plan-2021.txt'],
      [2, 3, 'plan-2023.txt'],
      [3, 3, 'report-2026.txt'],
    ]);
    const report = results[2];
    if (report?.ok !== true) throw new Error('report not ingested');
    expect(report.items).toBe(6);
    expect(report.linked).toBe(6);
    const items = (await app.document(report.documentId)).items;
    const gdp = items.find(
      (i) => i.kind === 'actual' && i.metric === '全市生产总值' && i.measure === 'level',
    );
    expect(gdp).toMatchObject({
      indicator_code: 'gdp',
      link_method: 'auto',
      jurisdiction_code: 'cn-zj-test',
    });
    expect(gdp?.link_confidence).toBeGreaterThan(0.5);
    // A metric naming another known place is that place's figure.
    const jinhua = items.find((i) => i.metric === '金华市生产总值');
    expect(jinhua).toMatchObject({ indicator_code: 'gdp', jurisdiction_code: 'cn-zj-jh' });
  });

  it("turns linked actuals into observations with their document source, under the figure's jurisdiction", async () => {
    await app.ingest([REPORT_2026], { actor: 'tester' });
    const own = await app.series('gdp', '测试市');
    expect(own.observations.map((o) => [o.measure, o.year, o.value, o.base_unit])).toEqual([
      ['level', 2025, 210_000_000_000, '元'],
      ['increase', 2025, 6.5, '%'],
    ]);
    const source = own.observations[0]?.source;
    expect(source?.type === 'document' && source.text).toContain('2100');
    const jinhua = await app.series('gdp', 'cn-zj-jh');
    expect(jinhua.observations.map((o) => o.value)).toEqual([650_000_000_000]);
  });

  it('a failing file leaves nothing of itself behind, and the other files still go in', async () => {
    // A database failure in the middle of writing one document's items.
    await sql`create trigger fail_items before insert on items when new.metric = '全市进出口总额'
      begin select raise(abort, 'injected failure'); end`.execute(storeDatabase(app.store));
    const results = await app.ingest(
      [
        { fileName: 'empty.txt', bytes: utf8('') },
        { fileName: 'notes.xyz', bytes: utf8('到2025年，全市生产总值达到2000亿元。') },
        { ...REPORT_2026, meta: { ...REPORT_2026.meta, jurisdiction: '无此市' } },
        PLAN_2021, // has a 全市进出口总额 target: the trigger fails it
        {
          fileName: 'ok.txt',
          bytes: utf8('一、目标\n到2025年，全市生产总值达到2000亿元以上。\n'),
          meta: { jurisdiction: '测试市' },
        },
      ],
      { actor: 'tester' },
    );
    expect(results.map((r) => (r.ok ? r.status : r.code))).toEqual([
      'FILE_EMPTY',
      'UNSUPPORTED_FORMAT',
      'INPUT_INVALID',
      'INTERNAL',
      'created',
    ]);
    const failed = results[3];
    expect(failed?.ok === false && failed.message).toContain('injected failure');
    const documents = await app.documents();
    expect(documents.map((d) => d.file_name)).toEqual(['ok.txt']);
    expect(await countRows(app, 'items')).toBe(1);
    expect(await countRows(app, 'history')).toBe(2); // ingest of ok.txt, link of its item
  });

  it('a file failing while its figures are stored leaves nothing behind; the others go in', async () => {
    // A database failure after the document, its items, their links and a first
    // observation were written: only the Jinhua figure of the 2026 report is refused.
    await sql`create trigger fail_observations before insert on observations
      when new.jurisdiction_code = 'cn-zj-jh'
      begin select raise(abort, 'injected failure'); end`.execute(storeDatabase(app.store));
    const results = await app.ingest([PLAN_2021, REPORT_2026, PLAN_2023], { actor: 'tester' });
    expect(results.map((r) => (r.ok ? r.status : r.code))).toEqual([
      'created',
      'INTERNAL',
      'created',
    ]);
    const failed = results[1];
    expect(failed?.ok === false && failed.message).toContain('injected failure');
    expect((await app.documents()).map((d) => d.file_name).sort()).toEqual([
      'plan-2021.txt',
      'plan-2023.txt',
    ]);

    // Exactly what ingesting only the other two files stores.
    const alone = await openTempApp();
    try {
      await addTestCity(alone);
      await alone.ingest([PLAN_2021, PLAN_2023], { actor: 'tester' });
      for (const table of ['documents', 'items', 'observations', 'history'] as const) {
        expect([table, await countRows(app, table)]).toEqual([
          table,
          await countRows(alone, table),
        ]);
      }
    } finally {
      await alone.close();
    }
    expect(await countRows(app, 'observations')).toBe(0);

    // Once the database accepts it, the report goes in whole.
    await sql`drop trigger fail_observations`.execute(storeDatabase(app.store));
    const [retry] = await app.ingest([REPORT_2026], { actor: 'tester' });
    expect(retry).toMatchObject({ ok: true, status: 'created', items: 6, linked: 6 });
    expect(await countRows(app, 'observations')).toBe(4);
  });

  it('re-ingesting an identical file is unchanged and writes nothing; changed content is a new document', async () => {
    await app.ingest([REPORT_2026], { actor: 'tester' });
    const counts = async (): Promise<number[]> =>
      Promise.all(
        (['documents', 'items', 'observations', 'history'] as const).map((t) => countRows(app, t)),
      );
    const before = await counts();
    const [again] = await app.ingest([{ ...REPORT_2026, fileName: 'renamed.txt' }], {
      actor: 'other',
    });
    expect(again).toMatchObject({ ok: true, status: 'unchanged', items: 6, linked: 6 });
    expect(await counts()).toEqual(before);
    const changed = utf8(`${new TextDecoder().decode(REPORT_2026.bytes)}\n`);
    const [edited] = await app.ingest([{ ...REPORT_2026, bytes: changed }], { actor: 'tester' });
    expect(edited).toMatchObject({ ok: true, status: 'created' });
  });

  it('re-ingest repairs observations a cut-off run did not store', async () => {
    const [first] = await app.ingest([REPORT_2026], { actor: 'tester' });
    const db = storeDatabase(app.store);
    await db.deleteFrom('observations').execute();
    const [again] = await app.ingest([REPORT_2026], { actor: 'tester' });
    expect(again).toMatchObject({ ok: true, status: 'unchanged' });
    expect(first?.ok).toBe(true);
    expect(await countRows(app, 'observations')).toBe(4);
  });
});
