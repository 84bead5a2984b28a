import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyEntrySchema } from '../src/schemas/history.js';
import { storedItemSchema } from '../src/schemas/item.js';
import { itemsPageSchema } from '../src/schemas/items-page.js';
import { list } from '../src/schemas/list.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { errorOf, getJson, openTestServer, sendJson, type TestServer } from './yiwu-server.js';

let t: TestServer;
let reviewer: SignedIn;
beforeAll(async () => {
  t = await openTestServer();
  reviewer = await signIn(t, 'reviewer', { name: '审核员甲' });
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function itemsPage(query: string) {
  const { status, body } = await getJson(t.server, `/api/items${query}`);
  expect(status).toBe(200);
  return itemsPageSchema.parse(body);
}

/** Every item, read in pages of 200 (the most one request gets). */
async function allItems(total: number) {
  const all = [];
  for (let offset = 0; offset < total; offset += 200) {
    all.push(...(await itemsPage(`?limit=200&offset=${offset}`)).items);
  }
  return all;
}

/** The first GDP target of the corpus: a real item to review. */
async function gdpTarget() {
  const page = await itemsPage('?kind=target&indicator=gdp&limit=1');
  const item = page.items[0];
  if (item === undefined) throw new Error('the corpus has no GDP target');
  return item;
}

describe('GET /api/items', () => {
  it('lists every item with its status, paged, with the total before paging', async () => {
    // Without a limit the first 50 (the default page), never everything.
    const first = await itemsPage('');
    expect(first.items).toHaveLength(50);
    expect(first.total).toBeGreaterThan(200);
    const all = await allItems(first.total);
    expect(all).toHaveLength(first.total);
    const page = await itemsPage('?limit=5&offset=10');
    expect(page.total).toBe(first.total);
    expect(page.items.map((i) => i.id)).toEqual(all.slice(10, 15).map((i) => i.id));
  });

  it('answers 400 for a page larger than 200 rows', async () => {
    const response = await t.server.request('/api/items?limit=201');
    expect(response.status).toBe(400);
  });

  it('gives targets a status and reported figures none', async () => {
    const all = { items: await allItems((await itemsPage('')).total) };
    expect(all.items.filter((i) => i.kind === 'actual').every((i) => i.status === null)).toBe(true);
    expect(all.items.filter((i) => i.kind === 'target').every((i) => i.status !== null)).toBe(true);
  });

  it('filters by document, kind and year', async () => {
    const document = (await t.app.documents()).find((d) => d.file_name.startsWith('004_'));
    const page = await itemsPage(`?document=${document?.id ?? ''}&kind=target&year=2025`);
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item).toMatchObject({ document_id: document?.id, kind: 'target', year: 2025 });
    }
  });

  it('filters by computed status, agreeing with the scorecard totals', async () => {
    const scorecard = await t.app.scorecard();
    const achieved = await itemsPage('?status=achieved');
    expect(achieved.total).toBe(scorecard.totals.achieved);
    expect(achieved.items.every((i) => i.status?.status === 'achieved')).toBe(true);
  });

  it('treats an empty parameter as absent', async () => {
    expect((await itemsPage('?kind=&status=')).total).toBe((await itemsPage('')).total);
  });

  it.each(['?limit=-1', '?kind=goal', '?year=twenty', '?status=fine', '?review_state=ok'])(
    'answers 400 INPUT_INVALID naming the parameter for %s',
    async (query) => {
      const { status, body } = await getJson(t.server, `/api/items${query}`);
      expect(status).toBe(400);
      const name = query.slice(1, query.indexOf('='));
      expect(errorOf(body).code).toBe('INPUT_INVALID');
      expect(errorOf(body).message).toContain(`query.${name}`);
    },
  );
});

describe('PATCH /api/items/:id', () => {
  it('corrects an item: GET shows it corrected and the history has before and after', async () => {
    const item = await gdpTarget();
    const corrected = await sendJson(
      t.server,
      'PATCH',
      `/api/items/${item.id}`,
      { patch: { value: 3000, unit: '亿元' } },
      reviewer.headers,
    );
    expect(corrected.status).toBe(200);
    expect(storedItemSchema.parse(corrected.body)).toMatchObject({
      id: item.id,
      value: 3000,
      review_state: 'corrected',
    });

    const reread = await itemsPage(`?document=${item.document_id}&review_state=corrected`);
    expect(reread.items.map((i) => [i.id, i.value])).toEqual([[item.id, 3000]]);

    const history = await getJson(t.server, `/api/items/${item.id}/history`);
    expect(history.status).toBe(200);
    const correction = list(historyEntrySchema)
      .parse(history.body)
      .find((entry) => entry.action === 'correct');
    expect(correction).toMatchObject({
      actor: '审核员甲',
      actor_id: reviewer.user.id,
      before: { value: item.value },
      after: { value: 3000 },
    });
  });

  it('answers 404 for an unknown item', async () => {
    const { status, body } = await sendJson(
      t.server,
      'PATCH',
      '/api/items/no-such-item',
      { patch: { value: 1 } },
      reviewer.headers,
    );
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it.each([
    ['a field that cannot be patched', { patch: { text: 'x' } }, 'body.patch'],
    ['an empty patch', { patch: {} }, 'patch changes nothing'],
    // Who made a change comes from the session; a name in the body is refused, not used.
    ['an actor in the body', { patch: { value: 1 }, actor: 'r' }, 'actor'],
    ['a wrongly typed value', { patch: { value: 'many' } }, 'body.patch.value'],
  ])('answers 400 for %s', async (_what, body, mentions) => {
    const item = await gdpTarget();
    const res = await sendJson(t.server, 'PATCH', `/api/items/${item.id}`, body, reviewer.headers);
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('INPUT_INVALID');
    expect(errorOf(res.body).message).toContain(mentions);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const item = await gdpTarget();
    const res = await t.server.request(`/api/items/${item.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...reviewer.headers },
      body: '{ not json',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INPUT_INVALID' } });
  });
});

describe('POST /api/items/:id/confirm and /reject', () => {
  it('sets the review state and records who did it', async () => {
    const page = await itemsPage('?kind=actual&limit=2');
    const [first, second] = page.items;
    if (first === undefined || second === undefined) throw new Error('too few items');

    const confirmed = await sendJson(
      t.server,
      'POST',
      `/api/items/${first.id}/confirm`,
      {},
      reviewer.headers,
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ id: first.id, review_state: 'confirmed' });

    const rejected = await sendJson(
      t.server,
      'POST',
      `/api/items/${second.id}/reject`,
      {},
      reviewer.headers,
    );
    expect(rejected.body).toMatchObject({ id: second.id, review_state: 'rejected' });

    const history = await getJson(t.server, `/api/items/${second.id}/history`);
    expect(history.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'reject',
          actor: '审核员甲',
          actor_id: reviewer.user.id,
        }),
      ]),
    );
  });

  it('answers 404 for an unknown item, 401 without a session and 403 for a reporter', async () => {
    const unknown = await sendJson(
      t.server,
      'POST',
      '/api/items/nope/confirm',
      {},
      reviewer.headers,
    );
    expect(unknown.status).toBe(404);
    const item = await gdpTarget();
    const anonymous = await sendJson(t.server, 'POST', `/api/items/${item.id}/reject`, {
      actor: 'someone',
    });
    expect(anonymous.status).toBe(401);
    expect(errorOf(anonymous.body).code).toBe('UNAUTHENTICATED');
    const reporter = await signIn(t, 'reporter');
    const wrongRole = await sendJson(
      t.server,
      'POST',
      `/api/items/${item.id}/reject`,
      {},
      reporter.headers,
    );
    expect(wrongRole.status).toBe(403);
    expect(errorOf(wrongRole.body).code).toBe('FORBIDDEN');
    expect((await gdpTarget()).review_state).toBe(item.review_state);
  });
});

describe('GET /api/items/:id/history', () => {
  it('answers 404 for an unknown item rather than an empty history', async () => {
    const { status, body } = await getJson(t.server, '/api/items/no-such-item/history');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
