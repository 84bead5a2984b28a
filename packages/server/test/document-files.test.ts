import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  documentDeletedSchema,
  documentPreviewSchema,
  documentReplacementSchema,
} from '../src/schemas/document-file.js';
import { ingestResultSchema } from '../src/schemas/ingest.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { errorOf, openTestServer, TEST_ORIGIN, type TestServer } from './yiwu-server.js';

let t: TestServer;
let reviewer: SignedIn;
let supervisor: SignedIn;
beforeAll(async () => {
  t = await openTestServer({ empty: true });
  reviewer = await signIn(t, 'reviewer', { name: '文档审核员' });
  supervisor = await signIn(t, 'supervisor');
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

const PLAN = [
  '# 某县2026年政府工作报告',
  '',
  '## 一、2026年主要预期目标',
  '',
  '地区生产总值增长6%左右，一般公共预算收入增长5%以上。',
  '到2026年，建成海外仓10个。',
].join('\n');
const PLAN_V2 = `${PLAN}\n城乡居民收入增长6%。`;

function form(name: string, text: string): FormData {
  const body = new FormData();
  body.append('file', new File([text], name));
  return body;
}

async function send(
  method: string,
  path: string,
  as: SignedIn | null,
  body?: FormData,
): Promise<{ status: number; body: unknown }> {
  const res = await t.server.request(path, {
    method,
    ...(body === undefined ? {} : { body }),
    headers: as === null ? { origin: TEST_ORIGIN } : as.headers,
  });
  return { status: res.status, body: await res.json() };
}

async function documentCount(): Promise<number> {
  return (await t.app.documents()).length;
}

describe('document preview, replace and delete', () => {
  it('previews what was read (metadata, counts, first items) and stores nothing', async () => {
    const before = await documentCount();
    const res = await send('POST', '/api/documents/preview', reviewer, form('county.md', PLAN));
    expect(res.status).toBe(200);
    const preview = documentPreviewSchema.parse(res.body);
    expect(preview).toMatchObject({
      fileName: 'county.md',
      title: '某县2026年政府工作报告',
      kind: 'work-report',
      storedAs: null,
    });
    expect(preview.counts.targets).toBeGreaterThanOrEqual(2);
    expect(preview.firstItems.length).toBe(preview.counts.items);
    expect(preview.firstItems[0]?.text).toContain('地区生产总值');
    expect(await documentCount()).toBe(before);
  });

  it('refuses visitors (401) and other roles (403) on preview, replace and delete', async () => {
    const before = await documentCount();
    for (const [method, path, body] of [
      ['POST', '/api/documents/preview', () => form('a.md', PLAN)],
      ['PUT', '/api/documents/x/file', () => form('a.md', PLAN)],
      ['DELETE', '/api/documents/x', () => undefined],
    ] as const) {
      const anonymous = await send(method, path, null, body());
      expect([path, anonymous.status]).toEqual([path, 401]);
      const wrongRole = await send(method, path, supervisor, body());
      expect([path, wrongRole.status]).toEqual([path, 403]);
      expect(errorOf(wrongRole.body).code).toBe('FORBIDDEN');
    }
    expect(await documentCount()).toBe(before);
  });

  it('replaces a document by a new version, keeping decisions on unchanged items', async () => {
    const created = ingestResultSchema.parse(
      (await send('POST', '/api/documents', reviewer, form('county.md', PLAN))).body,
    );
    if (!created.ok) throw new Error('stored');
    const [first] = (await t.app.document(created.documentId)).items;
    if (first === undefined) throw new Error('items were read');
    const confirmed = await t.server.request(`/api/items/${first.id}/confirm`, {
      method: 'POST',
      headers: reviewer.headers,
    });
    expect(confirmed.status).toBe(200);

    const preview = documentPreviewSchema.parse(
      (await send('POST', '/api/documents/preview', reviewer, form('county.md', PLAN))).body,
    );
    expect(preview.storedAs).toBe(created.documentId);

    const res = await send(
      'PUT',
      `/api/documents/${created.documentId}/file`,
      reviewer,
      form('county-v2.md', PLAN_V2),
    );
    expect(res.status).toBe(200);
    const replaced = documentReplacementSchema.parse(res.body);
    expect(replaced).toMatchObject({ status: 'replaced', keptDecisions: 1, droppedDecisions: 0 });
    expect(replaced.documentId).not.toBe(created.documentId);
    const items = (await t.app.document(replaced.documentId)).items;
    expect(items.find((item) => item.text === first.text)?.review_state).toBe('confirmed');
    await expect(t.app.document(created.documentId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes a document (reviewer), recording who; a second delete is 404', async () => {
    const created = ingestResultSchema.parse(
      (await send('POST', '/api/documents', reviewer, form('gone.md', `${PLAN}\n删除用。`))).body,
    );
    if (!created.ok) throw new Error('stored');
    const before = await documentCount();
    const res = await send('DELETE', `/api/documents/${created.documentId}`, reviewer);
    expect(res.status).toBe(200);
    expect(documentDeletedSchema.parse(res.body)).toEqual({ deleted: created.documentId });
    expect(await documentCount()).toBe(before - 1);
    const history = await t.app.store.history.list({
      entity: 'document',
      entityId: created.documentId,
    });
    expect(history.at(-1)).toMatchObject({ action: 'delete' });
    expect(history.at(-1)?.actor).toBe('文档审核员');
    const again = await send('DELETE', `/api/documents/${created.documentId}`, reviewer);
    expect(again.status).toBe(404);
  });
});
