import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorSchema } from '../src/schemas/indicator.js';
import { list } from '../src/schemas/list.js';
import { indicatorSeriesSchema } from '../src/schemas/series.js';
import { searchHitSchema } from '../src/schemas/search.js';
import { errorOf, getJson, openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

describe('GET /api/indicators', () => {
  it('lists the catalog', async () => {
    const { status, body } = await getJson(t.server, '/api/indicators');
    expect(status).toBe(200);
    const indicators = list(indicatorSchema).parse(body);
    expect(indicators.find((i) => i.code === 'gdp')?.name_zh).toBe('地区生产总值');
  });
});

describe('GET /api/indicators/:code/series', () => {
  it("gives Yiwu's GDP figures and its linked targets", async () => {
    const { status, body } = await getJson(
      t.server,
      '/api/indicators/gdp/series?jurisdiction=cn-zj-jh-yw',
    );
    expect(status).toBe(200);
    const series = indicatorSeriesSchema.parse(body);
    expect(series.indicator.code).toBe('gdp');
    expect(series.observations.length).toBeGreaterThan(0);
    expect(series.observations.every((o) => o.indicator_code === 'gdp')).toBe(true);
    expect(series.targets.length).toBeGreaterThan(0);
  });

  it('answers 400 without a jurisdiction and 404 for an unknown indicator', async () => {
    const missing = await getJson(t.server, '/api/indicators/gdp/series');
    expect(missing.status).toBe(400);
    expect(errorOf(missing.body).code).toBe('INPUT_INVALID');
    expect(errorOf(missing.body).message).toContain('query.jurisdiction');
    const unknown = await getJson(t.server, '/api/indicators/no-such/series?jurisdiction=cn');
    expect(unknown.status).toBe(404);
  });
});

describe('GET /api/search', () => {
  it('finds 海外仓 in documents and items, each snippet containing it', async () => {
    const { status, body } = await getJson(
      t.server,
      `/api/search?q=${encodeURIComponent('海外仓')}`,
    );
    expect(status).toBe(200);
    const hits = list(searchHitSchema).parse(body);
    expect(hits.length).toBeGreaterThan(0);
    // The corpus breaks lines inside words (海外\n仓), so compare without whitespace.
    expect(hits.every((h) => h.snippet.replace(/\s/g, '').includes('海外仓'))).toBe(true);
  });

  it('honours the limit', async () => {
    const { body } = await getJson(t.server, `/api/search?q=${encodeURIComponent('义乌')}&limit=3`);
    expect(body).toHaveLength(3);
  });

  it.each(['', '?q=', '?q=%20', '?q=x&limit=0'])('answers 400 for %j', async (query) => {
    const { status, body } = await getJson(t.server, `/api/search${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'INPUT_INVALID' } });
  });
});
