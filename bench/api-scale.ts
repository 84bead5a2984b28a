/**
 * The API at scale: builds (or reuses) the store-scale SQLite store — 1M targets in
 * ~12,000 documents of 3,000 jurisdictions and up to 10M observations, made by
 * bench/store-scale.ts — starts the server over it on loopback, and drives the public
 * reads with autocannon from 16 keep-alive connections, each route right after
 * `/api/health` in the same run, so their ratio holds on a shared machine.
 *
 *   npm run bench:api-scale -- [--reuse] [--db FILE|postgres://…] [--targets N] [--observations N]
 *                               [--observation-seconds S] [--seconds N] [--connections N]
 *                               [--json]
 *
 * Generation is bounded in time: observations stop after `--observation-seconds` (default
 * 420) and the figures say how many were stored. `--reuse` measures an existing file.
 * `--db postgres://…` measures a PostgreSQL store (filled by store-scale, or copied from the
 * SQLite one by bench/copy-store.ts); with `--reuse` it is measured as it is.
 * Goal (issue 13): every route ≥ 500 req/s, p99 < 100 ms, 0 errors, bodies < 200 KB.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { machine } from './lib/timing.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
/** The date bench/store-scale.ts stores statuses for. */
const AS_OF = '2026-03-01';
const GOAL = { rps: 500, p99Ms: 100, bodyKB: 200 } as const;

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/lantu-bench/api-scale.sqlite' },
    reuse: { type: 'boolean', default: false },
    targets: { type: 'string', default: '1000000' },
    observations: { type: 'string', default: '10000000' },
    'observation-seconds': { type: 'string', default: '420' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    'startup-seconds': { type: 'string', default: '900' },
    json: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const POSTGRES = /^postgres(ql)?:\/\//u.test(values.db);
/** The store URL the server gets: a PostgreSQL URL as given, a file path as SQLite. */
const STORE_URL = POSTGRES ? values.db : `sqlite:${values.db}`;

function generate(): void {
  if (values.reuse && (POSTGRES || existsSync(values.db))) return;
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/store-scale.ts',
      '--db',
      values.db,
      '--targets',
      values.targets,
      '--observations',
      values.observations,
      '--observation-seconds',
      values['observation-seconds'],
      '--queries',
      '5',
    ],
    { cwd: REPO, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error('store-scale failed');
}

/** Starts the server over the store on an ephemeral loopback port. */
async function startServer(): Promise<{ child: ChildProcess; base: string; startupS: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LANTU_DB: STORE_URL,
      LANTU_AS_OF: AS_OF,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('server did not start')),
      Number(values['startup-seconds']) * 1000,
    );
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
  return { child, base, startupS: (performance.now() - started) / 1000 };
}

interface Figures {
  readonly path: string;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
  /** Bytes on the wire per answer (gzip, as browsers ask). */
  readonly wireKB: number;
  /** The uncompressed JSON body of one answer. */
  readonly bodyKB: number;
  readonly firstMs: number;
}

async function bodyOf(base: string, path: string): Promise<{ kb: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(new URL(encodeURI(path), base), {
    headers: { 'accept-encoding': 'identity' },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
  return { kb: Buffer.byteLength(text) / 1024, ms: performance.now() - t0 };
}

async function load(base: string, path: string, durationS: number): Promise<Figures> {
  const first = await bodyOf(base, path);
  const result = await autocannon({
    url: new URL(encodeURI(path), base).toString(),
    connections,
    duration: durationS,
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  });
  const requests = result.requests.total;
  return {
    path,
    rps: Number((requests / (result.duration || durationS)).toFixed(1)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    errors: result.errors + result.timeouts + result.non2xx,
    wireKB: Number((result.throughput.total / Math.max(1, requests) / 1024).toFixed(1)),
    bodyKB: Number(first.kb.toFixed(1)),
    firstMs: Number(first.ms.toFixed(0)),
  };
}

generate();
const { child, base, startupS } = await startServer();
try {
  const documents = (await (
    await fetch(new URL('/api/documents?limit=1&offset=6000', base))
  ).json()) as { id: string }[];
  const document = documents[0]?.id;
  if (document === undefined) throw new Error('the store has no documents');
  const routes = [
    '/api/scorecard',
    '/api/scorecard?status=not-yet-due&year=2027',
    '/api/overview',
    '/api/search?q=地区生产总值达到',
    `/api/items?document=${document}`,
  ];
  const rows: { health: Figures; route: Figures }[] = [];
  for (const path of routes) {
    await load(base, path, 1); // warm-up: JIT, SQLite cache, rendered answers; untimed
    rows.push({
      health: await load(base, '/api/health', seconds),
      route: await load(base, path, seconds),
    });
  }
  const m = machine();
  if (values.json) {
    console.log(JSON.stringify({ startupS, connections, seconds, rows, machine: m }, null, 2));
  } else {
    console.log(
      `api-scale: ${POSTGRES ? 'PostgreSQL ' : ''}${values.db}, server start ${startupS.toFixed(1)} s, ${connections} connections, ${seconds} s per route (autocannon, gzip)`,
    );
    console.log(
      '| route | req/s | p50 ms | p99 ms | requests | errors | body KB | wire KB | first ms | goal |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const { health, route } of rows) {
      for (const f of [health, route]) {
        const ok =
          f.rps >= GOAL.rps && f.p99Ms < GOAL.p99Ms && f.errors === 0 && f.bodyKB < GOAL.bodyKB;
        console.log(
          `| ${f.path} | ${f.rps} | ${f.p50Ms} | ${f.p99Ms} | ${f.requests} | ${f.errors} | ${f.bodyKB} | ${f.wireKB} | ${f.firstMs} | ${ok ? '✓' : '✗'} |`,
        );
      }
    }
    console.log(`Machine: ${m.cpu} (${m.cpus} vCPUs), ${m.platform}, Node ${m.node}`);
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
