import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestServer } from './yiwu-server.js';

/**
 * Exports stream, so a slot is held from the first read to the last byte: the body of a
 * response not yet read keeps it, reading or cancelling the body frees it (issue 13).
 */
let t: TestServer;
beforeAll(async () => {
  t = await openTestServer({ exportSlots: 1 });
});
afterAll(async () => {
  expect(t.logged).toEqual([]);
  await t.close();
});

const exportOf = (format = 'csv'): Promise<Response> =>
  Promise.resolve(t.server.request(`/api/export/scorecard.${format}`));

describe('scorecard exports go through a gate of LANTU_EXPORTS_AT_ONCE slots', () => {
  it('lets 8 wait behind a running export and refuses the next 503 with Retry-After', async () => {
    const running = await exportOf();
    expect(running.status).toBe(200);
    let answered = 0;
    const waiting = Array.from({ length: 8 }, () =>
      exportOf('json').then((res) => {
        answered += 1;
        return res;
      }),
    );
    const refused = await exportOf('xlsx');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('10');
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(body.error.message).toContain('正在导出的文件太多');
    expect(answered).toBe(0);

    // Reading the running export to its end frees its slot for the first waiter, and so on.
    expect((await running.text()).split('\r\n').length).toBeGreaterThan(10);
    for (const res of waiting) {
      const answer = await res;
      expect(answer.status).toBe(200);
      expect(JSON.parse(await answer.text())).toHaveProperty('rows');
    }
  });

  it('frees the slot of a download cancelled before its first byte', async () => {
    const cancelled = await exportOf();
    await cancelled.body?.cancel();
    const next = await exportOf();
    expect(next.status).toBe(200);
    await next.body?.cancel();
    const last = await exportOf();
    expect(last.status).toBe(200);
    await last.text();
  });

  it('frees the slot of a HEAD request, whose body Hono drops without reading it', async () => {
    for (let n = 0; n < 12; n += 1) {
      const head = await t.server.request('/api/export/scorecard.xlsx', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('Content-Disposition')).toContain('.xlsx');
    }
    const res = await exportOf();
    expect(res.status).toBe(200);
    await res.text();
  });

  it('frees the slot of an export refused before it starts', async () => {
    for (let n = 0; n < 3; n += 1) {
      const res = await t.server.request('/api/export/scorecard.csv?document=no-such-document');
      expect(res.status).toBe(404);
    }
    const res = await exportOf();
    expect(res.status).toBe(200);
    await res.text();
  });
});

describe('a download whose client stops reading', () => {
  let idle: TestServer;
  beforeAll(async () => {
    idle = await openTestServer({ exportSlots: 1, exportIdleMs: 150 });
  });
  afterAll(async () => {
    expect(idle.logged).toEqual([]);
    await idle.close();
  });

  it('is dropped after the idle time: its slot freed, its transfer ended broken', async () => {
    const stalled = await idle.server.request('/api/export/scorecard.json');
    expect(stalled.status).toBe(200);
    const reader = stalled.body?.getReader();
    expect((await reader?.read())?.done).toBe(false);
    // While the client reads nothing, the one slot is still its own.
    let next = false;
    const waiting = Promise.resolve(idle.server.request('/api/export/scorecard.csv')).then(
      (res) => {
        next = true;
        return res;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(next).toBe(false);
    // Past the idle time the slot is freed: the waiting export starts.
    const started = await waiting;
    expect(started.status).toBe(200);
    await started.text();
    // Coming back later, the stalled client gets a broken transfer, not a short file.
    await expect(
      (async () => {
        for (;;) if ((await reader?.read())?.done !== false) return 'complete';
      })(),
    ).rejects.toThrow();
  });
});
