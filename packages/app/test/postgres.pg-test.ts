/**
 * The app's SQL on PostgreSQL: the same store code, but the scorecard's joins, the
 * substring search (strpos), the observation queries and ingest's transactions run on
 * the other dialect. Runs in the store's vitest project, whose global setup provides the
 * database (packages/store/vitest.config.ts includes `*.pg-test.ts` of this folder; the
 * unit project, which has no PostgreSQL, does not); the app's other tests use SQLite.
 */
import { randomUUID } from 'node:crypto';
import { createStore, storeDatabase } from '@lantu/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openLantu, type LantuApp, type Scorecard } from '../src/index.js';
import { yiwuInputs } from './support/yiwu-corpus.js';

let app: LantuApp;
let base: string;
const schema = `app_${randomUUID().replaceAll('-', '')}`;

/** Runs one statement on the shared test database, outside any test schema. */
async function admin(statement: string): Promise<void> {
  const store = await createStore({ url: base, migrate: false });
  try {
    await sql.raw(statement).execute(storeDatabase(store));
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  base = inject('lantuPgUrl');
  await admin(`create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  app = await openLantu({ url: url.toString(), asOf: '2026-03-01' });
});
afterAll(async () => {
  await app.close();
  await admin(`drop schema ${schema} cascade`);
});

describe('@lantu/app on PostgreSQL', () => {
  let card: Scorecard;

  it('ingests the Yiwu corpus once, and a second time changes nothing', async () => {
    const first = await app.ingest(yiwuInputs(), { actor: 'pg' });
    expect(first.map((r) => r.ok && r.status)).toEqual(Array(5).fill('created'));
    const again = await app.ingest(yiwuInputs(), { actor: 'pg' });
    expect(again.map((r) => r.ok && r.status)).toEqual(Array(5).fill('unchanged'));
    card = await app.scorecard();
    expect(card.total).toBe(card.rows.length);
  });

  it('gives the proof statuses', () => {
    const status = (code: string, year: number): string[] =>
      card.rows
        .filter((r) => r.item.indicator_code === code && r.item.year === year)
        .map((r) => r.status.status);
    expect(status('gdp', 2025)).toEqual(['achieved']);
    expect(status('express-delivery-volume', 2025)).toEqual(['missed']);
    expect(status('disposable-income', 2025)).toEqual(['achieved']);
    expect(status('industrial-output', 2025)).toEqual(['no-data']);
    const gdp2030 = card.rows.find((r) => r.item.indicator_code === 'gdp' && r.item.year === 2030);
    expect(gdp2030?.status.numbers.required_annual_growth).toBeCloseTo(7.13, 2);
  });

  it('filters by text, imports a table whole, and searches substrings', async () => {
    expect((await app.scorecard({ q: 'gdp' })).total).toBeGreaterThan(0);
    expect((await app.scorecard({ q: '快递' })).rows.map((r) => r.item.metric)).toEqual(['快递量']);
    const csv = '指标,地区,时期,数值,单位\n工业总产值,义乌市,2025,2400,亿元\n';
    const result = await app.importObservations('t.csv', new TextEncoder().encode(csv), {
      actor: 'pg',
    });
    expect(result).toMatchObject({ imported: 1, errors: [] });
    const industry = await app.scorecard({ indicator: 'industrial-output' });
    expect(industry.rows.map((r) => r.status.status)).toEqual(['achieved']);
    const hits = await app.search('快递业务量');
    expect(hits.length).toBeGreaterThan(0);
    const { document } = await app.document(hits[0]?.document_id ?? '');
    expect(document.text.slice(hits[0]?.start, hits[0]?.end)).toBe('快递业务量');
  });
});
