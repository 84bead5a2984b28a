import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  await t.close();
});

describe('compare API', () => {
  it('compares GDP across named places, with sources', async () => {
    const res = await t.server.request(
      `/api/compare?indicator=gdp&jurisdictions=${encodeURIComponent('义乌市,金华市')}&years=2025`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      rows: { jurisdiction: { name_zh: string }; cells: { actual: { text: string } | null }[] }[];
    };
    expect(body.rows.map((r) => r.jurisdiction.name_zh)).toEqual(['金华市', '义乌市']);
    expect(body.rows[1]?.cells[0]?.actual?.text).toBe('2693.3亿元');
  });

  it('downloads CSV and refuses a bad year list or measure', async () => {
    const csv = await t.server.request('/api/compare.csv?indicator=gdp');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await t.server.request('/api/compare?indicator=gdp&years=20x5')).status).toBe(400);
    expect((await t.server.request('/api/compare?indicator=gdp&measure=size')).status).toBe(400);
    expect((await t.server.request('/api/compare?indicator=nope')).status).toBe(404);
  });
});
