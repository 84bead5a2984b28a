import { STATUS_CODES } from '@lantu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardSchema } from '../src/schemas/scorecard.js';
import { getJson, openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function scorecard(query = '') {
  const { status, body } = await getJson(t.server, `/api/scorecard${query}`);
  expect(status).toBe(200);
  return scorecardSchema.parse(body);
}

describe('GET /api/scorecard', () => {
  it('rates every target and milestone as of the pinned date, totals adding up', async () => {
    const card = await scorecard('?limit=200');
    expect(card.as_of).toBe('2026-06-30');
    expect(card.rows.length).toBe(Math.min(200, card.total));
    // Without a limit, the first page of 50, never everything.
    expect((await scorecard()).rows).toHaveLength(Math.min(50, card.total));
    const sum = STATUS_CODES.reduce((n, code) => n + card.totals[code], 0);
    expect(sum).toBe(card.total);
    expect(card.rows.every((r) => r.item.kind === 'target' || r.item.kind === 'milestone')).toBe(
      true,
    );
  });

  it('filters by status, keeping the totals of the whole picture', async () => {
    const all = await scorecard();
    const missed = await scorecard('?status=not-yet-due');
    expect(missed.total).toBe(all.totals['not-yet-due']);
    expect(missed.rows.every((r) => r.status.status === 'not-yet-due')).toBe(true);
    expect(missed.totals).toEqual(all.totals);
  });

  it('filters by jurisdiction name or code alike, by indicator, and pages', async () => {
    const byName = await scorecard(`?jurisdiction=${encodeURIComponent('义乌市')}`);
    const byCode = await scorecard('?jurisdiction=cn-zj-jh-yw');
    expect(byName.total).toBe(byCode.total);
    const gdp = await scorecard('?indicator=gdp');
    expect(gdp.total).toBeGreaterThan(0);
    expect(gdp.rows.every((r) => r.indicator?.code === 'gdp')).toBe(true);
    const page = await scorecard('?limit=3&offset=2');
    expect(page.rows.map((r) => r.item.id)).toEqual(byCode.rows.slice(2, 5).map((r) => r.item.id));
  });

  it('finds targets by a substring of their text', async () => {
    const card = await scorecard(`?q=${encodeURIComponent('海外仓')}`);
    expect(card.total).toBeGreaterThan(0);
    expect(card.rows.every((r) => `${r.item.metric}${r.item.text}`.includes('海外'))).toBe(true);
  });

  it.each(['?status=great', '?kind=actual', '?limit=abc', '?year=99999'])(
    'answers 400 INPUT_INVALID for %s',
    async (query) => {
      const { status, body } = await getJson(t.server, `/api/scorecard${query}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { code: 'INPUT_INVALID' } });
    },
  );

  it('answers 404 for a jurisdiction nobody knows', async () => {
    const { status } = await getJson(t.server, '/api/scorecard?jurisdiction=atlantis');
    expect(status).toBe(404);
  });
});
