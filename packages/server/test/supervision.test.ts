import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from './support/sign-in.js';
import { errorOf, openTestServer, sendJson, type TestServer } from './yiwu-server.js';

const PLAN = new TextEncoder().encode(
  '一、主要目标\n到2025年，全市生产总值达到2000亿元以上。全市进出口总额突破3000亿元。\n',
);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let t: TestServer;
let dir: string;
let supervisor: SignedIn;
let stats: SignedIn;
let commerce: SignedIn;
let reviewer: SignedIn;
let gdpId: string;
let statsUnit: string;
let commerceUnit: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-server-attachments-'));
  t = await openTestServer({
    empty: true,
    supervision: { storageDir: dir, maxAttachmentBytes: 4096, today: () => '2026-03-01' },
  });
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
  statsUnit = (
    await t.app.store.units.create(
      { jurisdiction: '义乌市', name: '统计局', kind: 'department' },
      'setup',
    )
  ).id;
  commerceUnit = (
    await t.app.store.units.create(
      { jurisdiction: '义乌市', name: '商务局', kind: 'department' },
      'setup',
    )
  ).id;
  supervisor = await signIn(t, 'supervisor', { name: '督查室' });
  reviewer = await signIn(t, 'reviewer');
  stats = await signIn(t, 'reporter', { unitId: statsUnit, name: '统计局填报员' });
  commerce = await signIn(t, 'reporter', { unitId: commerceUnit, name: '商务局填报员' });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(
  reportId: string,
  name: string,
  bytes: Uint8Array,
  as: SignedIn,
): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  return t.server.request(`/api/reports/${reportId}/attachments`, {
    method: 'POST',
    headers: as.headers,
    body: form,
  });
}

describe('supervision routes', () => {
  it('runs assign → report → return → resubmit → accept with the right roles only', async () => {
    expect((await t.server.request('/api/assignments')).status).toBe(401);
    const body = {
      subject: { type: 'item', id: gdpId },
      lead_unit_id: statsUnit,
      supporting_unit_ids: [],
      start_date: '2025-01-01',
      due_date: '2025-12-31',
      frequency: 'yearly',
    };
    expect((await sendJson(t.server, 'POST', '/api/assignments', body, stats.headers)).status).toBe(
      403,
    );
    expect(
      (await sendJson(t.server, 'POST', '/api/assignments', body, reviewer.headers)).status,
    ).toBe(403);
    const bad = await sendJson(
      t.server,
      'POST',
      '/api/assignments',
      { ...body, due_date: '明年' },
      supervisor.headers,
    );
    expect(bad.status).toBe(400);
    const created = await sendJson(t.server, 'POST', '/api/assignments', body, supervisor.headers);
    expect(created.status).toBe(201);
    const assignment = created.body as { id: string; version: number };

    const mine = await (
      await t.server.request('/api/assignments', { headers: stats.headers })
    ).json();
    expect(mine).toMatchObject([
      { id: assignment.id, light: { state: 'overdue-unreported', light: 'red' } },
    ]);
    expect(
      await (await t.server.request('/api/assignments', { headers: commerce.headers })).json(),
    ).toEqual([]);
    expect(
      (await t.server.request(`/api/assignments/${assignment.id}`, { headers: commerce.headers }))
        .status,
    ).toBe(403);

    const report = {
      assignment_id: assignment.id,
      period: '2025',
      value: 1900,
      unit: '亿元',
      progress: '全年1900亿元',
      submit: true,
    };
    const foreign = await sendJson(t.server, 'POST', '/api/reports', report, commerce.headers);
    expect(foreign.status).toBe(403);
    const wrongUnit = await sendJson(
      t.server,
      'POST',
      '/api/reports',
      { ...report, unit: '%' },
      stats.headers,
    );
    expect(wrongUnit.status).toBe(400);
    expect(errorOf(wrongUnit.body).message).toContain('与目标单位“亿元”（金额）不一致');
    expect(
      (await sendJson(t.server, 'POST', '/api/reports', report, supervisor.headers)).status,
    ).toBe(403);

    const submitted = await sendJson(t.server, 'POST', '/api/reports', report, stats.headers);
    expect(submitted.status).toBe(201);
    const r = submitted.body as { id: string; version: number };

    expect((await upload(r.id, '公报.pdf', PDF, stats)).status).toBe(201);
    expect((await upload(r.id, 'big.pdf', new Uint8Array(8192).fill(37), stats)).status).toBe(413);
    const exe = await upload(
      r.id,
      'tool.exe',
      new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]),
      stats,
    );
    expect(exe.status).toBe(415);
    expect((await upload(r.id, '公报.pdf', PDF, commerce)).status).toBe(403);
    const view = (await (
      await t.server.request(`/api/reports/${r.id}`, { headers: supervisor.headers })
    ).json()) as {
      attachments: { id: string }[];
    };
    expect(view.attachments).toHaveLength(1);
    const file = await t.server.request(`/api/attachments/${view.attachments[0]?.id ?? ''}`, {
      headers: supervisor.headers,
    });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(
      (await t.server.request(`/api/attachments/${view.attachments[0]?.id ?? ''}`)).status,
    ).toBe(401);

    expect(
      (
        await sendJson(
          t.server,
          'POST',
          `/api/reports/${r.id}/return`,
          { version: r.version, reason: '' },
          supervisor.headers,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await sendJson(
          t.server,
          'POST',
          `/api/reports/${r.id}/return`,
          { version: r.version, reason: '与公报不符' },
          stats.headers,
        )
      ).status,
    ).toBe(403);
    const returned = await sendJson(
      t.server,
      'POST',
      `/api/reports/${r.id}/return`,
      { version: r.version, reason: '与公报不符' },
      supervisor.headers,
    );
    expect(returned.body).toMatchObject({ state: 'returned', return_reason: '与公报不符' });
    const stale = await sendJson(
      t.server,
      'POST',
      `/api/reports/${r.id}/accept`,
      { version: r.version },
      supervisor.headers,
    );
    expect(stale.status).toBe(409);

    const resubmitted = await sendJson(
      t.server,
      'PATCH',
      `/api/reports/${r.id}`,
      { version: r.version + 1, value: 2100, unit: '亿元', progress: '全年2100亿元', submit: true },
      stats.headers,
    );
    expect(resubmitted.body).toMatchObject({ state: 'resubmitted' });
    const accepted = await sendJson(
      t.server,
      'POST',
      `/api/reports/${r.id}/accept`,
      { version: r.version + 2 },
      supervisor.headers,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted' });

    const history = (await (
      await t.server.request(`/api/reports/${r.id}/history`, { headers: stats.headers })
    ).json()) as { action: string; actor: string }[];
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['submit', '统计局填报员'],
      ['return', '督查室'],
      ['resubmit', '统计局填报员'],
      ['accept', '督查室'],
    ]);
    const inbox = (await (
      await t.server.request('/api/inbox', { headers: stats.headers })
    ).json()) as { items: { title: { zh: string } }[] };
    expect(inbox.items.map((n) => n.title.zh)).toContain(
      '“全市生产总值”2025年报告被退回：与公报不符',
    );

    const board = await (
      await t.server.request('/api/supervision/board', { headers: supervisor.headers })
    ).json();
    expect(board).toMatchObject({ units: [{ unit_name: '统计局', assigned: 1 }] });
    expect(
      (await t.server.request('/api/supervision/board', { headers: stats.headers })).status,
    ).toBe(403);
  });

  it('refuses a stale assignment edit with 409 and keeps the first', async () => {
    const created = await sendJson(
      t.server,
      'POST',
      '/api/assignments',
      {
        subject: { type: 'item', id: gdpId },
        lead_unit_id: commerceUnit,
        due_date: '2026-12-31',
        frequency: 'quarterly',
      },
      supervisor.headers,
    );
    const a = created.body as { id: string };
    const first = await sendJson(
      t.server,
      'PATCH',
      `/api/assignments/${a.id}`,
      { version: 1, due_date: '2026-10-31' },
      supervisor.headers,
    );
    expect(first.status).toBe(200);
    const second = await sendJson(
      t.server,
      'PATCH',
      `/api/assignments/${a.id}`,
      { version: 1, due_date: '2026-09-30' },
      supervisor.headers,
    );
    expect(second.status).toBe(409);
    expect(errorOf(second.body).code).toBe('CONFLICT');
    const now = (await (
      await t.server.request(`/api/assignments/${a.id}`, { headers: supervisor.headers })
    ).json()) as { due_date: string };
    expect(now.due_date).toBe('2026-10-31');
  });

  it('takes a 督办单 through the unit’s answer to 办结', async () => {
    const issued = await sendJson(
      t.server,
      'POST',
      '/api/notices',
      { unit_id: commerceUnit, title: '加快外贸回稳', body: '月底前反馈', deadline: '2026-03-31' },
      supervisor.headers,
    );
    expect(issued.status).toBe(201);
    const n = issued.body as { id: string };
    expect(
      (
        await sendJson(
          t.server,
          'POST',
          `/api/notices/${n.id}/steps`,
          { version: 1, to: 'responded', body: '已办' },
          stats.headers,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await sendJson(
          t.server,
          'POST',
          `/api/notices/${n.id}/steps`,
          { version: 1, to: 'closed', body: '' },
          commerce.headers,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await sendJson(
          t.server,
          'POST',
          `/api/notices/${n.id}/steps`,
          { version: 1, to: 'responded', body: '已走访企业' },
          commerce.headers,
        )
      ).status,
    ).toBe(200);
    const closed = await sendJson(
      t.server,
      'POST',
      `/api/notices/${n.id}/steps`,
      { version: 2, to: 'closed', body: '同意' },
      supervisor.headers,
    );
    expect(closed.body).toMatchObject({ state: 'closed' });
    expect((await t.server.request('/api/notices')).status).toBe(401);
  });
});
