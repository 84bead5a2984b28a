import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedManyTargets } from './support/many-targets.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

/** 50 documents of 1,000 targets: far more than one read (2,000 rows) holds. */
const DOCUMENTS = 50;
const PER_DOCUMENT = 1000;
const ROWS = DOCUMENTS * PER_DOCUMENT;

// A full collection before each heap reading, so it counts what is live, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function liveHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer({ empty: true });
  await seedManyTargets(t.app, DOCUMENTS, PER_DOCUMENT);
}, 120_000);
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

/** The lines of a streamed text body, as they arrive; none of the text is kept. */
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let rest = '';
  for await (const chunk of body) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const parts = text.split('\r\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  if (rest !== '') yield rest;
}

describe(`a scorecard export of ${ROWS.toLocaleString('en')} rows streams`, () => {
  it('writes every row of the CSV in the sort asked for, holding far less than the file', async () => {
    const before = liveHeap();
    let peak = 0;
    let early = 0; // the highest live heap over the first quarter of the rows
    let late = 0; // and over the rest
    const res = await t.server.request('/api/export/scorecard.csv?sort=year&direction=desc');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('.csv');
    expect(res.body).not.toBeNull();
    let count = 0;
    let bytes = 0;
    let last = Number.POSITIVE_INFINITY;
    let undated = 0;
    let outOfOrder = 0;
    for await (const line of lines(res.body as ReadableStream<Uint8Array>)) {
      count += 1;
      bytes += Buffer.byteLength(line) + 2;
      if (count === 1) {
        expect(line.startsWith('\uFEFF序号,完成情况,指标,目标,目标值,单位,目标年份')).toBe(true);
        continue;
      }
      // 目标年份 is the 7th column; the ones before it never hold a comma here.
      const year = line.split(',')[6] ?? '';
      if (year === '') undated += 1;
      else if (undated > 0 || Number(year) > last) outOfOrder += 1;
      else last = Number(year);
      if (count % 2500 === 0) {
        const live = liveHeap() - before;
        peak = Math.max(peak, live);
        if (count <= ROWS / 4) early = Math.max(early, live);
        else late = Math.max(late, live);
      }
    }
    expect(count).toBe(ROWS + 1);
    expect(outOfOrder).toBe(0);
    // Every seventh target is undated: those come last, in either direction.
    expect(undated).toBe(DOCUMENTS * Math.floor(PER_DOCUMENT / 7));
    expect(bytes).toBeGreaterThan(10_000_000);
    // One read's rows (500) and a chunk of text are live at a time, not the file (nor its
    // 50,000 rows, some 200 MB as objects): measured 4.4 MB for a 15 MB file. It does not
    // grow with the rows written: the last three quarters hold what the first one did.
    console.log(`live heap: peak ${peak}, first quarter ${early}, rest ${late}; ${bytes} bytes`);
    expect(peak).toBeLessThan(bytes / 2.5);
    expect(late).toBeLessThan(early + 2_000_000);
  });

  it('writes the XLSX row by row: every row, sorted, after the 汇总 sheet', async () => {
    const before = liveHeap();
    let early = 0;
    let late = 0;
    const res = await t.server.request('/api/export/scorecard.xlsx?sort=year');
    expect(res.status).toBe(200);
    // Read back as it arrives too. (exceljs's streaming reader garbles a character split
    // between two chunks of its input, so the order is checked on a number column.)
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.fromWeb(res.body as never), {});
    const sheets: string[] = [];
    let rows = 0;
    let undated = 0;
    let outOfOrder = 0;
    let last = Number.NEGATIVE_INFINITY;
    const summary = new Map<string, unknown>();
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      sheets.push(name);
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (name === '汇总') {
          summary.set(String(values[1]), values[2]);
          continue;
        }
        rows += 1;
        if (rows % 5000 === 0) {
          const live = liveHeap() - before;
          if (rows <= ROWS / 4) early = Math.max(early, live);
          else late = Math.max(late, live);
        }
        if (row.number === 1) continue;
        // 目标年份, the 7th column, is a number cell (values[0] is always empty).
        const year = values[7];
        if (typeof year !== 'number') undated += 1;
        else if (undated > 0 || year < last) outOfOrder += 1;
        else last = year;
      }
    }
    expect(sheets).toEqual(['汇总', '目标清单']);
    expect(summary.get('导出行数')).toBe(ROWS);
    expect(summary.get('合计')).toBe(ROWS);
    expect(summary.get('暂无数据')).toBeGreaterThan(0);
    expect(rows).toBe(ROWS + 1);
    expect(outOfOrder).toBe(0);
    expect(undated).toBe(DOCUMENTS * Math.floor(PER_DOCUMENT / 7));
    // Writer and reader together hold what they held after the first quarter of the rows
    // (measured: about 6.5 MB throughout, for 52 MB of sheet XML zipped into 6 MB).
    console.log(`live heap: first quarter ${early}, rest ${late}`);
    expect(late).toBeLessThan(early + 2_000_000);
  });

  it('ends a download whose data changes under it, and logs why', async () => {
    const res = await t.server.request('/api/export/scorecard.csv');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    // A write drops the statuses the rest of the file would be read from.
    await t.app.store.statuses.invalidate('all');
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(t.logged).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    t.logged.splice(0);
  });
});
