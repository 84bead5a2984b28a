import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFrameworkSchema } from '../src/schemas/framework.js';
import { list } from '../src/schemas/list.js';
import { overviewSchema } from '../src/schemas/overview.js';
import { getJson, openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function overview(query = '') {
  const { status, body } = await getJson(t.server, `/api/overview${query}`);
  expect(status).toBe(200);
  return overviewSchema.parse(body);
}

describe('GET /api/overview', () => {
  it('composes totals, headline, frameworks and documents', async () => {
    const view = await overview();
    const scorecard = await t.app.scorecard();
    expect(view.as_of).toBe('2026-06-30');
    expect(view.totals).toEqual(scorecard.totals);
    expect(view.documents).toHaveLength(5);
    expect(view.frameworks.map((f) => f.framework.name)).toContain('138');
  });

  it('leads the headline with GDP, each entry with a target and a latest figure', async () => {
    const { headline } = await overview();
    expect(headline[0]?.indicator.code).toBe('gdp');
    const codes = headline.map((h) => h.indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of headline) {
      expect(entry.status.numbers.latest_value).toBe(entry.latest.value);
      expect(entry.status.numbers.target_value).toBe(entry.target.value);
    }
  });

  it('narrows to one jurisdiction, by name', async () => {
    const yiwu = await overview(`?jurisdiction=${encodeURIComponent('义乌市')}`);
    expect(yiwu.documents).toHaveLength(5);
    const china = await overview('?jurisdiction=cn');
    expect(china.documents).toEqual([]);
    expect(china.headline).toEqual([]);
  });

  it('answers 404 for an unknown jurisdiction', async () => {
    const { status, body } = await getJson(t.server, '/api/overview?jurisdiction=atlantis');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('GET /api/frameworks', () => {
  it('lists frameworks with their documents, or one document’s', async () => {
    const all = await getJson(t.server, '/api/frameworks');
    expect(all.status).toBe(200);
    const frameworks = list(documentFrameworkSchema).parse(all.body);
    const of138 = frameworks.find((f) => f.framework.name === '138');
    expect(of138?.document_title).toBe('聚焦“138”，奋楫扬帆行致远');

    const one = await getJson(t.server, `/api/frameworks?document=${of138?.document_id ?? ''}`);
    const only = list(documentFrameworkSchema).parse(one.body);
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((f) => f.document_id === of138?.document_id)).toBe(true);
  });

  it('answers 404 for an unknown document', async () => {
    expect((await getJson(t.server, '/api/frameworks?document=nope')).status).toBe(404);
  });
});
