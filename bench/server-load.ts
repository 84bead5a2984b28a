/**
 * Load on the HTTP server: starts packages/server/src/main.ts as a child process on
 * loopback (a fresh SQLite store in a temporary folder, so the bundled Yiwu corpus is
 * ingested on start), then sends GET requests to one route from N keep-alive connections
 * for a fixed time, bounded by a request cap. Prints requests/second and latency
 * percentiles, then stops the server.
 *
 *   npx tsx bench/server-load.ts [--path /api/scorecard] [--seconds 10] [--connections 16]
 *                                [--max-requests 200000] [--json]
 *
 * Only 127.0.0.1 is ever contacted. Client and server share the machine's cores, so the
 * figures are a floor for a server with a machine to itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine } from './lib/timing.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const STARTUP_TIMEOUT_MS = 60_000;

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/api/scorecard' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'max-requests': { type: 'string', default: '200000' },
    json: { type: 'boolean', default: false },
  },
});
const seconds = positive('seconds', values.seconds);
const connections = positive('connections', values.connections);
const maxRequests = positive('max-requests', values['max-requests']);

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new Error(`--${name} wants a positive number`);
  return n;
}

/** Starts the server on an ephemeral loopback port; resolves with its base URL. */
async function startServer(dbDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LANTU_DB: `sqlite:${join(dbDir, 'bench.sqlite')}`,
      LANTU_AS_OF: '2026-06-30',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), STARTUP_TIMEOUT_MS);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, base };
}

/** One GET; resolves with the status and body size once the whole body has arrived. */
function get(agent: Agent, url: URL): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly elapsedS: number;
  readonly bytesPerResponse: number;
  readonly latenciesMs: Float64Array;
}

/** `connections` loops, each sending its next request when the last one completes. */
async function load(url: URL, durationMs: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let sent = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline && sent < maxRequests) {
      sent += 1;
      const t0 = performance.now();
      try {
        const res = await get(agent, url);
        if (res.status !== 200) errors += 1;
        bytes = res.bytes;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    elapsedS,
    bytesPerResponse: bytes,
    latenciesMs: Float64Array.from(latencies).sort(),
  };
}

/** The p-th percentile (nearest rank) of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

const dbDir = await mkdtemp(join(tmpdir(), 'lantu-bench-'));
const { child, base } = await startServer(dbDir);
try {
  const url = new URL(values.path, base);
  // Warm-up: JIT, SQLite page cache and keep-alive sockets, untimed.
  await load(url, 1_000);
  const result = await load(url, seconds * 1000);
  const figures = {
    path: values.path,
    connections,
    seconds: Number(result.elapsedS.toFixed(2)),
    requests: result.requests,
    errors: result.errors,
    requestsPerSecond: Number((result.requests / result.elapsedS).toFixed(1)),
    responseKB: Number((result.bytesPerResponse / 1024).toFixed(1)),
    p50Ms: Number(percentile(result.latenciesMs, 50).toFixed(2)),
    p95Ms: Number(percentile(result.latenciesMs, 95).toFixed(2)),
    p99Ms: Number(percentile(result.latenciesMs, 99).toFixed(2)),
    machine: machine(),
  };
  if (values.json) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    console.log(`GET ${figures.path} — ${connections} connections, ${figures.seconds} s`);
    console.log(`| req/s | p50 ms | p95 ms | p99 ms | requests | errors | response KB |`);
    console.log(`|---|---|---|---|---|---|---|`);
    console.log(
      `| ${figures.requestsPerSecond} | ${figures.p50Ms} | ${figures.p95Ms} | ${figures.p99Ms} | ` +
        `${figures.requests} | ${figures.errors} | ${figures.responseKB} |`,
    );
    const m = figures.machine;
    console.log(`Machine: ${m.cpu} (${m.cpus} vCPUs), ${m.platform}, Node ${m.node}`);
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await rm(dbDir, { recursive: true, force: true });
}
