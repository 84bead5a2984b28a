import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResultSchema } from '../src/schemas/ingest.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

const LIMIT = 64 * 1024;

let t: TestServer;
let reviewer: SignedIn;
beforeAll(async () => {
  t = await openTestServer({ uploadLimitBytes: LIMIT });
  reviewer = await signIn(t, 'reviewer', { name: '上传审核员' });
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

/** POSTs a multipart upload of `bytes` named `name`, with extra form fields. */
async function upload(
  name: string,
  bytes: Uint8Array | string,
  fields: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const res = await t.server.request('/api/documents', {
    method: 'POST',
    body: form,
    headers: reviewer.headers,
  });
  return { status: res.status, body: await res.json() };
}

async function documentCount(): Promise<number> {
  return (await t.app.documents()).length;
}

describe('POST /api/documents', () => {
  it('reads a new document (201), then the same bytes again change nothing (200)', async () => {
    const before = await documentCount();
    const first = await upload('county-2026.md', PLAN, { title: '某县报告', kind: 'work-report' });
    expect(first.status).toBe(201);
    const created = ingestResultSchema.parse(first.body);
    expect(created).toMatchObject({ ok: true, status: 'created', fileName: 'county-2026.md' });
    expect(created.ok && created.items).toBeGreaterThan(0);
    expect(await documentCount()).toBe(before + 1);

    const second = await upload('county-2026.md', PLAN);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      ok: true,
      status: 'unchanged',
      documentId: created.ok ? created.documentId : '',
    });
    expect(await documentCount()).toBe(before + 1);

    const stored = await t.app.document(created.ok ? created.documentId : '');
    expect(stored.document).toMatchObject({ title: '某县报告', kind: 'work-report' });
  });

  it('refuses other file types with 415 UNSUPPORTED_FORMAT, storing nothing', async () => {
    const before = await documentCount();
    const { status, body } = await upload('figures.xlsx', 'PK\u0003\u0004');
    expect(status).toBe(415);
    expect(body).toEqual({
      error: {
        code: 'UNSUPPORTED_FORMAT',
        message: 'figures.xlsx is of type .xlsx; upload one of .txt .md .pdf .docx .html',
      },
    });
    expect(await documentCount()).toBe(before);
  });

  it('refuses a file over the limit with 413, storing nothing', async () => {
    const before = await documentCount();
    const { status, body } = await upload('big.txt', '规划'.repeat(LIMIT));
    expect(status).toBe(413);
    expect(body).toEqual({
      error: { code: 'INPUT_INVALID', message: 'the upload is larger than the limit of 64 KB' },
    });
    expect(await documentCount()).toBe(before);
  });

  it('refuses a file just over the limit even when the whole form fits the body limit', async () => {
    const { status } = await upload('edge.txt', new Uint8Array(LIMIT + 1).fill(0x61));
    expect(status).toBe(413);
  });

  it('answers an empty file 422 FILE_EMPTY and an unreadable PDF 422, storing nothing', async () => {
    const before = await documentCount();
    const empty = await upload('empty.txt', '');
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({ error: { code: 'FILE_EMPTY' } });
    const broken = await upload('broken.pdf', 'not a pdf at all');
    expect(broken.status).toBe(422);
    expect(broken.body).toMatchObject({ error: { code: 'FILE_UNREADABLE' } });
    expect(await documentCount()).toBe(before);
  });

  it('answers 400 for a missing file or bad metadata, naming the field', async () => {
    const form = new FormData();
    form.append('title', 'no file');
    const res = await t.server.request('/api/documents', {
      method: 'POST',
      body: form,
      headers: reviewer.headers,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INPUT_INVALID' } });

    const bad = await upload('plan.txt', PLAN, { kind: 'novel', horizon: '25' });
    expect(bad.status).toBe(400);
    const message = (bad.body as { error: { message: string } }).error.message;
    expect(message).toContain('form.kind');
    expect(message).toContain('form.horizon');
  });
});
