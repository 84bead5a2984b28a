import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSummarySchema, documentViewSchema } from '../src/schemas/document.js';
import { list } from '../src/schemas/list.js';
import { outlineEntrySchema } from '../src/schemas/outline.js';
import { getJson, openTestServer, type TestServer } from './yiwu-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await openTestServer();
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

async function documentIdByFile(fileName: string): Promise<string> {
  const documents = await t.app.documents();
  const found = documents.find((d) => d.file_name === fileName);
  if (found === undefined) throw new Error(`${fileName} not ingested`);
  return found.id;
}

describe('GET /api/health', () => {
  it('answers ok with the date statuses are computed for', async () => {
    expect(await getJson(t.server, '/api/health')).toEqual({
      status: 200,
      body: { ok: true, as_of: '2026-06-30' },
    });
  });
});

describe('GET /api/documents', () => {
  it('lists the five Yiwu documents without their text', async () => {
    const { status, body } = await getJson(t.server, '/api/documents');
    expect(status).toBe(200);
    const documents = list(documentSummarySchema).parse(body);
    expect(documents.map((d) => d.file_name).sort()).toEqual([
      '000_7afa0f77a0ae44c6.txt',
      '001_b6464f5779a99f46.txt',
      '002_f5f69ab529bbc6ef.txt',
      '003_3c33441e9281c1c6.txt',
      '004_37df5ff19aac7a16.txt',
    ]);
    expect(documents.find((d) => d.file_name.startsWith('003'))?.title).toBe(
      '一图读懂2026义乌市政府工作报告',
    );
    expect(body).not.toHaveProperty('0.text');
  });
});

describe('GET /api/documents/:id', () => {
  it('gives the frameworks read from the text', async () => {
    const id = await documentIdByFile('002_f5f69ab529bbc6ef.txt');
    const { status, body } = await getJson(t.server, `/api/documents/${id}`);
    expect(status).toBe(200);
    const view = documentViewSchema.parse(body);
    expect(view.document.id).toBe(id);
    expect(view.frameworks.map((f) => f.name)).toContain('138');
  });

  it('gives the text and items, each item pointing into the text', async () => {
    const id = await documentIdByFile('003_3c33441e9281c1c6.txt');
    const { status, body } = await getJson(t.server, `/api/documents/${id}`);
    expect(status).toBe(200);
    const view = documentViewSchema.parse(body);
    expect(view.items.length).toBeGreaterThan(10);
    for (const item of view.items) {
      expect(view.document.text.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it('answers 404 NOT_FOUND for an unknown id', async () => {
    const { status, body } = await getJson(t.server, '/api/documents/no-such-document');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('GET /api/documents/:id/outline', () => {
  it("is the document's outline", async () => {
    const id = await documentIdByFile('001_b6464f5779a99f46.txt');
    const { status, body } = await getJson(t.server, `/api/documents/${id}/outline`);
    expect(status).toBe(200);
    const outline = list(outlineEntrySchema).parse(body);
    expect(outline).toEqual((await t.app.document(id)).outline);
    expect(outline.some((entry) => entry.label === '八、')).toBe(true);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await getJson(t.server, '/api/documents/nope/outline')).status).toBe(404);
  });
});

describe('unknown API paths', () => {
  it('answer 404 NOT_FOUND in the error format', async () => {
    const { status, body } = await getJson(t.server, '/api/no-such-route');
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: 'NOT_FOUND', message: 'no route for GET /api/no-such-route' },
    });
  });
});
