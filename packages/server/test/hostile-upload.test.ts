import { serve, type ServerType } from '@hono/node-server';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadPool, type ReadPool } from '@lantu/app';
import { deeplyNestedHtml, lyingZipBombDocx } from '../../readers/test/hostile-files.js';
import { signIn, type SignedIn } from './support/sign-in.js';
import { openTestServer, type TestServer } from './yiwu-server.js';

/**
 * Hostile uploads against a real HTTP listener, reading in the worker pool as in
 * production: each is refused with its error while /api/health keeps answering (p99 of its
 * latency during the upload), nothing of the file is stored, and the process's memory comes
 * back to its level before the uploads.
 */
let t: TestServer;
let pool: ReadPool;
let http: ServerType;
let base: string;
let reviewer: SignedIn;
/** This process's (the server's) memory, settled, before the first upload. */
let before: NodeJS.MemoryUsage;

// The test process is the server's process; a full collection makes its memory comparable.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;

/** Memory after two full collections and a pause for workers and buffers to be released. */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 300));
  collectGarbage();
  return process.memoryUsage();
}

/** What the server's own thread holds: its JavaScript heap and the buffers it references. */
const held = (memory: NodeJS.MemoryUsage): number => memory.heapUsed + memory.arrayBuffers;

beforeAll(async () => {
  pool = createReadPool({ threads: 1, timeLimitMs: 20_000, memoryLimitMb: 96 });
  t = await openTestServer({ empty: true, readPool: pool, uploadLimitBytes: 20 * 1024 * 1024 });
  reviewer = await signIn(t, 'reviewer');
  http = serve({ fetch: t.server.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => http.once('listening', () => resolve()));
  base = `http://localhost:${(http.address() as AddressInfo).port}`;
  // A worker started and loaded, as a server keeps one (keepWarm), so it counts in "before".
  await pool.read(new TextEncoder().encode('到2025年，建成海外仓10个。'), 'warm.txt');
  // Warm-up: the first requests compile the routes; they are not latency. On connections of
  // their own, so the upload does not reuse one the server closed meanwhile (ECONNRESET).
  for (let i = 0; i < 20; i += 1) await healthStatus();
  before = await settledMemory();
});
afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await pool.close();
  await t.close();
});

/**
 * One GET /api/health on a new connection (agent: false): a kept-alive one may be closed by
 * the server just as it is reused after idling through a long upload (ECONNRESET).
 */
function healthStatus(): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(`${base}/api/health`, { agent: false }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode));
    }).once('error', reject);
  });
}

/**
 * Asks /api/health every 5 ms while `work` runs, from this same process (so a blocked event
 * loop delays the asking too, and shows as latency); returns each answer's latency (ms).
 */
async function healthDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; latencies: number[] }> {
  const latencies: number[] = [];
  let running = true;
  const poller = (async () => {
    while (running) {
      const started = performance.now();
      expect(await healthStatus()).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  try {
    return { result: await work(), latencies };
  } finally {
    running = false;
    await poller;
  }
}

/** The 99th percentile (nearest rank) of the latencies. */
function p99(latencies: readonly number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? Infinity;
}

const describeLatencies = (latencies: readonly number[]): string =>
  `${latencies.length} samples, p99 ${Math.round(p99(latencies))} ms, max ${Math.round(Math.max(...latencies))} ms`;

/**
 * The p99 bound of /api/health during a hostile upload. The goal is 100 ms on a quiet
 * machine (measured there: see the commit); this suite runs on a 2-core machine shared by
 * several test runs at load 5–10, where a healthy server's p99 reaches ~150 ms, so the
 * assertion allows 250 ms: still far below what a read on the server's thread costs (the
 * bombs took seconds to minutes before the worker pool).
 */
const HEALTH_P99_MS = 250;

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
    // Inflating to the 100 MB limit took 3–12 s here at load 6–11: 110–350 samples.
    expect(latencies.length).toBeGreaterThanOrEqual(20);
    console.info(`/api/health during the zip bomb: ${describeLatencies(latencies)}`);
    expect(p99(latencies)).toBeLessThan(HEALTH_P99_MS);
    expect(await t.app.documents()).toHaveLength(0);
  });

  it('refuses HTML nested 100,000 deep (422), then still reads a good file', async () => {
    const deep = await healthDuring(() => upload('deep.html', deeplyNestedHtml(100_000)));
    expect(deep.result.status).toBe(422);
    // Refused within a few samples (the depth is checked first): too few for a p99.
    console.info(`/api/health during the deep HTML: ${describeLatencies(deep.latencies)}`);
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

  it('gives the memory back: heap and buffers to within 32 MB, RSS to within 256 MB', async () => {
    // The bombs above inflated to 100 MB each (then refused) and read 15 MB under a 96 MB heap
    // cap. A read holding on to any of that on the server's thread fails the first bound; the
    // second, for the whole process with its worker, allows for the allocator keeping freed
    // pages (RSS varied 280 -> 350-500 MB here) but not for what the server did before the
    // pool (3.4 GB never given back).
    const after = await settledMemory();
    const mb = (bytes: number): string => `${Math.round(bytes / MB)} MB`;
    console.info(
      `heap+buffers ${mb(held(before))} -> ${mb(held(after))}, RSS ${mb(before.rss)} -> ${mb(after.rss)}`,
    );
    expect(held(after) - held(before)).toBeLessThan(32 * MB);
    expect(after.rss - before.rss).toBeLessThan(256 * MB);
  });
});
