import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadPool, type ReadPool } from '@lantu/app';
import { deeplyNestedHtml, lyingZipBombDocx } from '../../readers/test/hostile-files.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

/**
 * Hostile uploads against a real HTTP listener, reading in the worker pool as in
 * production: each is refused with its error while /api/health keeps answering, and nothing
 * of the file is stored.
 */
let t: TestServer;
let pool: ReadPool;
let http: ServerType;
let base: string;
let reviewer: SignedIn;

beforeAll(async () => {
  pool = createReadPool({ threads: 1, timeLimitMs: 20_000, memoryLimitMb: 96 });
  t = await openTestServer({ empty: true, readPool: pool, uploadLimitBytes: 20 * 1024 * 1024 });
  reviewer = await signIn(t, 'reviewer');
  http = serve({ fetch: t.server.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => http.once('listening', () => resolve()));
  base = `http://localhost:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await pool.close();
  await t.close();
});

/** Polls /api/health every 50 ms while `work` runs; returns each answer's latency (ms). */
async function healthDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; latencies: number[] }> {
  const latencies: number[] = [];
  let running = true;
  const poller = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`${base}/api/health`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    return { result: await work(), latencies };
  } finally {
    running = false;
    await poller;
  }
}

async function upload(name: string, bytes: Uint8Array): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  const res = await fetch(`${base}/api/documents`, {
    method: 'POST',
    body: form,
    headers: { ...reviewer.headers, origin: base },
  });
  return { status: res.status, body: await res.json() };
}

describe('hostile uploads', () => {
  it('refuses a zip-bomb DOCX (422) while /api/health keeps answering; nothing is stored', async () => {
    const bomb = lyingZipBombDocx(150);
    const { result, latencies } = await healthDuring(() => upload('bomb.docx', bomb));
    expect(result.status).toBe(422);
    expect(JSON.stringify(result.body)).toContain('解压后过大');
    expect(latencies.length).toBeGreaterThan(0);
    // Generous for a machine shared by several test runs: a stalled server takes seconds.
    expect(Math.max(...latencies)).toBeLessThan(1_000);
    expect(await t.app.documents()).toHaveLength(0);
  });

  it('refuses HTML nested 100,000 deep (422), then still reads a good file', async () => {
    const deep = await healthDuring(() => upload('deep.html', deeplyNestedHtml(100_000)));
    expect(deep.result.status).toBe(422);
    expect(Math.max(...deep.latencies)).toBeLessThan(1_000);
    const good = await upload(
      'plan.md',
      new TextEncoder().encode('# 某县报告\n\n到2026年，建成海外仓10个。'),
    );
    expect(good.status).toBe(201);
    expect(await t.app.documents()).toHaveLength(1);
  });

  it('stops a read past the heap (413) or time (422) cap and keeps serving', async () => {
    const text = '到2025年，全市生产总值达到2000亿元。\n'.repeat(300_000); // ~15 MB
    const { result, latencies } = await healthDuring(() =>
      upload('heavy.txt', new TextEncoder().encode(text)),
    );
    // Which cap trips first depends on the machine's load; both end the read the same way.
    expect([413, 422]).toContain(result.status);
    expect(JSON.stringify(result.body)).toContain('已停止读取');
    // A 15 MB body is parsed (multipart) and hashed on the server's thread before the worker
    // reads it: measured up to ~3 s on the shared 2-core machine, so the bound is looser here.
    expect(Math.max(...latencies)).toBeLessThan(5_000);
    const after = await fetch(`${base}/api/health`);
    expect(after.status).toBe(200);
  });
});
