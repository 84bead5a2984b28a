import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from './yiwu-server.js';

/** An export is a read anyone may make: it is bounded like every list (issue 13). */
let t: TestServer;
beforeAll(async () => {
  t = await openTestServer({ exportMaxRows: 10 });
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

describe('a scorecard export holds at most LANTU_EXPORT_MAX_ROWS rows', () => {
  it('refuses a filter matching more, in the reader’s language, for every format', async () => {
    const total = (await t.app.scorecard({})).total;
    expect(total).toBeGreaterThan(10);
    for (const format of ['csv', 'xlsx', 'json']) {
      const res = await t.server.request(`/api/export/scorecard.${format}`, {
        headers: { 'Accept-Language': 'zh-CN' },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('INPUT_INVALID');
      expect(body.error.message).toContain(`导出范围内有${total}项，超过单次导出上限10项`);
    }
  });

  it('exports a narrower filter', async () => {
    const gdp = (await t.app.scorecard({ indicator: 'gdp' })).total;
    expect(gdp).toBeGreaterThan(0);
    expect(gdp).toBeLessThanOrEqual(10);
    const res = await t.server.request('/api/export/scorecard.csv?indicator=gdp');
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(gdp + 1);
  });
});
