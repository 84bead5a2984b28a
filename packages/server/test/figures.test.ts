/** Direct figure entry and table import for the planning office (issue 8). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from './support/sign-in.js';
import { errorOf, openTestServer, sendJson, TEST_ORIGIN, type TestServer } from './yiwu-server.js';

const PLAN = new TextEncoder().encode('一、主要目标\n到2025年，全市生产总值达到2000亿元以上。\n');

let t: TestServer;
let reviewer: SignedIn;
let reporter: SignedIn;
let supervisor: SignedIn;
let gdpId: string;

beforeAll(async () => {
  t = await openTestServer({ empty: true });
  await t.app.ingest(
    [
      {
        fileName: 'plan.txt',
        bytes: PLAN,
        meta: {
          title: '义乌市规划',
          jurisdiction: '义乌市',
          kind: 'five-year-plan',
          date: '2021-01-01',
          horizon: 2025,
        },
      },
    ],
    { actor: 'tester' },
  );
  gdpId = (await t.app.store.items.list({})).find((i) => i.metric === '全市生产总值')?.id ?? '';
  reviewer = await signIn(t, 'reviewer', { name: '发改局 张三' });
  reporter = await signIn(t, 'reporter');
  supervisor = await signIn(t, 'supervisor');
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

const GOOD = { item_id: '', period: '2025', value: 2100, unit: '亿元', note: '2025年统计公报' };

async function importTable(
  as: SignedIn | null,
  csv: string,
  mode: 'preview' | 'commit',
): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append('file', new File([csv], 'figures.csv'));
  form.append('mode', mode);
  const res = await t.server.request('/api/figures/import', {
    method: 'POST',
    body: form,
    headers: as?.headers ?? { origin: TEST_ORIGIN },
  });
  return { status: res.status, body: await res.json() };
}

describe('/api/figures', () => {
  it('refuses a visitor (401) and other roles (403), storing nothing', async () => {
    const body = { ...GOOD, item_id: gdpId };
    expect(
      (await sendJson(t.server, 'POST', '/api/figures', body, { origin: TEST_ORIGIN })).status,
    ).toBe(401);
    for (const as of [reporter, supervisor]) {
      const res = await sendJson(t.server, 'POST', '/api/figures', body, as.headers);
      expect(res.status).toBe(403);
      expect(errorOf(res.body).code).toBe('FORBIDDEN');
      expect((await importTable(as, '指标,地区,年份,数值\n', 'commit')).status).toBe(403);
    }
    expect((await t.server.request('/api/figures', { headers: reporter.headers })).status).toBe(
      403,
    );
    expect((await importTable(null, '指标,地区,年份,数值\n', 'commit')).status).toBe(401);
    expect(await t.app.store.observations.listBySource('manual')).toEqual([]);
  });

  it('enters a figure as the signed-in reviewer, corrects it and withdraws it', async () => {
    const entered = await sendJson(
      t.server,
      'POST',
      '/api/figures',
      { ...GOOD, item_id: gdpId },
      reviewer.headers,
    );
    expect(entered.status).toBe(201);
    const figure = entered.body as { id: string; value: number; source: { actor: string } };
    expect(figure.value).toBe(2100e8);
    // The author comes from the session, never from the body.
    expect(figure.source.actor).toBe('发改局 张三');
    const put = await t.server.request(`/api/figures/${figure.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...reviewer.headers },
      body: JSON.stringify({ period: '2025', value: 2150, unit: '亿元', note: '公报修订' }),
    });
    expect(put.status).toBe(200);
    const history = await t.app.store.history.list({ entity: 'observation', entityId: figure.id });
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['enter', '发改局 张三'],
      ['correct', '发改局 张三'],
    ]);
    const del = await t.server.request(`/api/figures/${figure.id}`, {
      method: 'DELETE',
      headers: reviewer.headers,
    });
    expect(del.status).toBe(204);
    expect(await t.app.store.observations.listBySource('manual')).toEqual([]);
  });

  it('refuses a figure in the wrong unit with a Chinese message', async () => {
    const res = await sendJson(
      t.server,
      'POST',
      '/api/figures',
      { ...GOOD, item_id: gdpId, unit: '%' },
      reviewer.headers,
    );
    expect(res.status).toBe(400);
    expect(errorOf(res.body).message).toMatch(/填报单位“%”是百分比/);
  });

  it('previews an import row by row, then commits all rows or none', async () => {
    const bad =
      '指标,地区,年份,数值,单位\n地区生产总值,义乌市,2024,2000,亿元\n某某指标,义乌市,2024,1,亿元\n';
    const preview = await importTable(reviewer, bad, 'preview');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      imported: 0,
      dryRun: true,
      rows: [
        { row: 2, accepted: true },
        { row: 3, accepted: false, reasons: ['指标“某某指标”无法识别'] },
      ],
    });
    const refused = await importTable(reviewer, bad, 'commit');
    expect(refused.body).toMatchObject({ imported: 0 });
    const good = bad.split('\n').slice(0, 2).join('\n');
    expect((await importTable(reviewer, good, 'preview')).body).toMatchObject({
      imported: 1,
      dryRun: true,
    });
    const before = (await t.app.series('gdp', '义乌市')).observations.length;
    expect((await importTable(reviewer, good, 'commit')).body).toMatchObject({ imported: 1 });
    expect((await t.app.series('gdp', '义乌市')).observations.length).toBe(before + 1);
  });

  it('serves the import template with Chinese headings', async () => {
    const res = await t.server.request('/api/figures/template.csv');
    expect(res.status).toBe(200);
    expect((await res.text()).replace('\uFEFF', '').split('\n')[0]).toBe(
      '指标,地区,时期,数值,单位,口径',
    );
  });
});
