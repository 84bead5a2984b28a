/** GET /api/jurisdictions: place names for the screen, all or only the ones asked for. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer({ empty: true });
});
afterAll(async () => {
  await t.close();
});

interface Place {
  readonly code: string;
  readonly name_zh: string;
}

describe('GET /api/jurisdictions', () => {
  it('answers only the places named in codes, and every place without', async () => {
    const some = (await (
      await t.server.request('/api/jurisdictions?codes=cn-zj-jh-yw,cn-zj-jh,no-such-place')
    ).json()) as Place[];
    expect(some.map((p) => p.name_zh).sort()).toEqual(['义乌市', '金华市'].sort());
    const all = (await (await t.server.request('/api/jurisdictions')).json()) as Place[];
    expect(all.length).toBeGreaterThan(1000);
  });
});
