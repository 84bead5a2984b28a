import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemConflictSchema } from '../src/schemas/item-version.js';
import { storedItemSchema } from '../src/schemas/item.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
/** Writes are the planning office's: a signed-in reviewer (who wrote is the session's). */
let reviewer: SignedIn;
beforeAll(async () => {
  t = await openTestServer();
  reviewer = await signIn(t, 'reviewer');
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function targetIds(n: number): Promise<string[]> {
  const items = await t.app.store.items.list({ kind: 'target', limit: n });
  return items.map((item) => item.id);
}

function send(path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') {
  return t.server.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...reviewer.headers, ...headers },
    body: JSON.stringify(body),
  });
}

describe('item writes carry the version they were made from', () => {
  it('answers a stale If-Match with 409 and the current item, changing nothing', async () => {
    const [id = ''] = await targetIds(1);
    const first = await send(
      `/api/items/${id}`,
      { patch: { value: 1 } },
      { 'if-match': '"1"' },
      'PATCH',
    );
    expect(first.status).toBe(200);
    expect(storedItemSchema.parse(await first.json()).version).toBe(2);

    // A second person still looking at version 1.
    const stale = await send(
      `/api/items/${id}`,
      { patch: { value: 2 } },
      { 'if-match': '"1"' },
      'PATCH',
    );
    expect(stale.status).toBe(409);
    const conflict = itemConflictSchema.parse(await stale.json());
    expect(conflict.error.code).toBe('CONFLICT');
    expect(conflict.current).toMatchObject({ id, value: 1, version: 2 });
    expect((await t.app.store.items.get(id)).value).toBe(1);

    // Retrying from the current version succeeds.
    const retry = await send(`/api/items/${id}`, { patch: { value: 2 }, version: 2 }, {}, 'PATCH');
    expect(retry.status).toBe(200);
    expect(storedItemSchema.parse(await retry.json())).toMatchObject({ value: 2, version: 3 });
  });

  it('checks confirm and reject too, from the body version', async () => {
    const [, id = ''] = await targetIds(2);
    expect((await send(`/api/items/${id}/confirm`, { version: 1 })).status).toBe(200);
    const stale = await send(`/api/items/${id}/reject`, { version: 1 });
    expect(stale.status).toBe(409);
    expect((await t.app.store.items.get(id)).review_state).toBe('confirmed');
  });

  it('refuses an If-Match that is no version', async () => {
    const [id = ''] = await targetIds(1);
    const res = await send(`/api/items/${id}/confirm`, {}, { 'if-match': '"x"' });
    expect(res.status).toBe(400);
  });

  it('lets two concurrent writers from one version end with one winner', async () => {
    const [, , id = ''] = await targetIds(3);
    const [a, b] = await Promise.all([
      send(`/api/items/${id}`, { patch: { value: 7 }, version: 1 }, {}, 'PATCH'),
      send(`/api/items/${id}`, { patch: { value: 8 }, version: 1 }, {}, 'PATCH'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });
});

describe('document metadata writes carry their version', () => {
  it('corrects the title from the current version and answers a stale one 409', async () => {
    const [document] = await t.app.documents();
    const id = document?.id ?? '';
    const path = `/api/documents/${id}`;
    const ok = await send(path, { patch: { title: '改过的标题' }, version: 1 }, {}, 'PATCH');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ title: '改过的标题', version: 2 });
    const stale = await send(path, { patch: { title: '又改' } }, { 'if-match': '1' }, 'PATCH');
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: 'CONFLICT' },
      current: { id, title: '改过的标题', version: 2 },
    });
    const bad = await send(path, { patch: { text: 'x' } }, {}, 'PATCH');
    expect(bad.status).toBe(400);
  });
});

describe('scorecard and overview answered per data version', () => {
  it('answer the same bytes with an ETag and 304 until a write, then the new state', async () => {
    for (const path of ['/api/scorecard?jurisdiction=义乌市', '/api/overview']) {
      const first = await t.server.request(path);
      expect(first.status, path).toBe(200);
      const tag = first.headers.get('etag') ?? '';
      expect(tag, path).toMatch(/^"\d+-/);
      const body = await first.text();
      const again = await t.server.request(path);
      expect(await again.text()).toBe(body);
      const unchanged = await t.server.request(path, { headers: { 'if-none-match': tag } });
      expect(unchanged.status, path).toBe(304);
      const gz = await t.server.request(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
    }
    const before = (await (
      await t.server.request('/api/scorecard?jurisdiction=义乌市')
    ).json()) as {
      totals: Record<string, number>;
    };
    const [id = ''] = (await t.app.scorecard({ jurisdiction: '义乌市', limit: 1 })).rows.map(
      (r) => r.item.id,
    );
    await t.app.changeItem(id, { action: 'reject', actor: 'x' });
    const after = await t.server.request('/api/scorecard?jurisdiction=义乌市');
    const totals = ((await after.json()) as { totals: Record<string, number> }).totals;
    const count = (x: Record<string, number>) => Object.values(x).reduce((s, n) => s + n, 0);
    expect(count(totals)).toBe(count(before.totals) - 1);
  });
});
