import type { Item, Reading } from '@lantu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../src/app-context.js';
import { EXPORT_SORTS, orderRows, type ExportSort } from '../src/export/export-order.js';
import { exportSource } from '../src/export/export-source.js';
import type { LantuApp, ScorecardFilter, ScorecardRow } from '../src/index.js';
import { buildScorecard } from '../src/scorecard/build-scorecard.js';
import { addTestCity, SAMPLE_DOCUMENTS } from './support/sample-documents.js';
import { openTempApp, removeTempStores } from './support/temp-app.js';

const AS_OF = '2026-03-01';
/** Reads of three rows and two documents: every kind of read happens on this small store. */
const TINY = { rows: 3, documents: 2 };
const METRICS = ['乙类指标', '甲类指标', '丙类指标', '地区生产总值'] as const;

/** A document of `n` targets with metrics and years in turn (some undated). */
function reading(title: string, date: string | null, n: number): Reading {
  let text = '';
  const items: Item[] = [];
  for (let k = 0; k < n; k++) {
    const metric = METRICS[k % METRICS.length] ?? '';
    const line = `${metric}达到${k + 1}亿元`;
    items.push({
      kind: k % 5 === 4 ? 'milestone' : 'target',
      metric,
      measure: 'level',
      comparator: '>=',
      value: k + 1,
      value_max: null,
      unit: '亿元',
      base_value: (k + 1) * 1e8,
      base_unit: '元',
      year: k % 3 === 1 ? null : 2024 + (k % 4),
      period: null,
      recurring: false,
      baseline: null,
      scope: null,
      text: line,
      start: text.length,
      end: text.length + line.length,
      section: null,
    });
    text += `${line}\n`;
  }
  return {
    document: {
      title,
      chars: text.length,
      horizon: 2030,
      kind: 'work-report',
      date,
      jurisdiction: '测试市',
    },
    outline: [],
    items,
    frameworks: [],
  };
}

let app: LantuApp;
let ctx: AppContext;
beforeAll(async () => {
  app = await openTempApp();
  await addTestCity(app);
  await app.ingest(SAMPLE_DOCUMENTS, { actor: 'tester' });
  // Two documents of one title (ties keep the scorecard's order), an undated one, a long one.
  const extra = [
    reading('乙文件', '2024-05-01', 4),
    reading('甲文件', '2022-03-01', 12),
    reading('乙文件', '2023-01-01', 5),
    reading('丙文件', null, 6),
  ];
  for (const [n, r] of extra.entries()) {
    await app.store.documents.ingestReading({
      fileName: `extra-${n}.txt`,
      text: r.items.map((i) => `${i.text}\n`).join(''),
      reading: r,
      actor: 'tester',
    });
  }
  ctx = createAppContext(app.store, AS_OF);
});
afterAll(async () => {
  await app.close();
  removeTempStores();
});

async function streamed(
  filter: ScorecardFilter,
  sort: ExportSort | undefined,
  direction: 'asc' | 'desc',
): Promise<string[]> {
  const source = await exportSource(ctx, filter, { sort, direction, maxRows: 1000, window: TINY });
  const ids: string[] = [];
  for await (const row of source.rows()) ids.push(row.item.id);
  return ids;
}

async function expected(
  filter: ScorecardFilter,
  sort: ExportSort | undefined,
  direction: 'asc' | 'desc',
): Promise<string[]> {
  const { rows } = await buildScorecard(ctx, filter);
  const ordered: readonly ScorecardRow[] =
    sort === undefined ? rows : orderRows(rows, sort, direction);
  return ordered.map((r) => r.item.id);
}

describe('streamed exports read rows in the order the in-memory sort gives', () => {
  it('has rows of every kind to order', async () => {
    const { rows, totals } = await buildScorecard(ctx, {});
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.some((r) => r.document.date === null)).toBe(true);
    expect(rows.some((r) => r.item.year === null)).toBe(true);
    expect(Object.values(totals).filter((n) => n > 0).length).toBeGreaterThan(2);
  });

  for (const sort of [undefined, ...EXPORT_SORTS]) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`sort ${sort ?? 'none'} ${direction}`, async () => {
        const want = await expected({}, sort, direction);
        expect(await streamed({}, sort, direction)).toEqual(want);
      });
    }
  }

  it('applies every filter in the store: status, kind, year, text, jurisdiction, document', async () => {
    const documentId = (await buildScorecard(ctx, {})).rows.find(
      (r) => r.document.title === '甲文件',
    )?.document.id;
    const filters: ScorecardFilter[] = [
      { status: 'no-data' },
      { kind: 'milestone' },
      { year: 2025 },
      { q: '甲类' },
      { jurisdiction: '测试市', status: 'achieved' },
      { documentId },
      { indicator: 'gdp' },
    ];
    for (const filter of filters) {
      for (const sort of ['metric', 'year', 'progress'] as const) {
        const want = await expected(filter, sort, 'desc');
        expect(await streamed(filter, sort, 'desc'), JSON.stringify(filter)).toEqual(want);
      }
    }
  });

  it('writes JSON byte for byte as the whole scorecard would be written', async () => {
    const file = await app.exportScorecard('json');
    const card = await app.scorecard();
    expect(new TextDecoder().decode(file.bytes)).toBe(`${JSON.stringify(card, null, 2)}\n`);
    const none = await app.exportScorecard('json', { year: 1999 });
    const empty = await app.scorecard({ year: 1999 });
    expect(new TextDecoder().decode(none.bytes)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});
