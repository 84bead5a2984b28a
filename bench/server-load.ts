/**
 * Load on the HTTP server: starts packages/server/src/main.ts as a child process on
 * loopback (a fresh SQLite store in a temporary folder, so the bundled Yiwu corpus is
 * ingested on start), then drives each route with autocannon from N keep-alive
 * connections for a fixed time: `/api/health` first, in the same run, so the ratio of
 * each route to the cheapest one holds on a noisy machine. Prints requests/second and
 * latency percentiles per route, then stops the server.
 *
 *   npx tsx bench/server-load.ts [--paths /api/scorecard,/api/overview] [--seconds 10]
 *                                [--connections 16] [--identity] [--json]
 *
 * Requests carry `Accept-Encoding: gzip, deflate, br` as a browser's do; `--identity`
 * asks for uncompressed answers instead.
 *
 * Only 127.0.0.1 is ever contacted. Client and server share the machine's cores, so the
 * figures are a floor for a server with a machine to itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { machine } from './lib/timing.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const STARTUP_TIMEOUT_MS = 60_000;

const { values } = parseArgs({
  options: {
    paths: {
      type: 'string',
      default: '/api/scorecard,/api/overview,/api/scorecard?jurisdiction=义乌市',
    },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    json: { type: 'boolean', default: false },
    // Browsers always send Accept-Encoding; --identity measures uncompressed answers.
    identity: { type: 'boolean', default: false },
  },
});
const encoding = values.identity ? 'identity' : 'gzip, deflate, br';
const seconds = positive('seconds', values.seconds);
const connections = positive('connections', values.connections);
const paths = ['/api/health', ...values.paths.split(',').map((p) => p.trim())].filter(
  (p, i, all) => p !== '' && all.indexOf(p) === i,
);

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

interface RouteFigures {
  readonly path: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly responseKB: number;
}

/** One autocannon run of `durationS` seconds against one path. */
async function load(base: string, path: string, durationS: number): Promise<RouteFigures> {
  const result = await autocannon({
    url: new URL(encodeURI(path), base).toString(),
    connections,
    duration: durationS,
    headers: { 'accept-encoding': encoding },
  });
  const requests = result.requests.total;
  return {
    path,
    requestsPerSecond: Number((requests / (result.duration || durationS)).toFixed(1)),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    requests,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    responseKB: Number((result.throughput.total / Math.max(1, requests) / 1024).toFixed(1)),
  };
}

const dbDir = await mkdtemp(join(tmpdir(), 'lantu-bench-'));
const { child, base } = await startServer(dbDir);
try {
  const figures: RouteFigures[] = [];
  for (const path of paths) {
    // Warm-up: JIT, SQLite page cache, the rendered-answer cache; untimed.
    await load(base, path, 1);
    figures.push(await load(base, path, seconds));
  }
  const report = { connections, seconds, encoding, routes: figures, machine: machine() };
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(
      `${connections} connections, ${seconds} s per route, Accept-Encoding: ${encoding} (autocannon)`,
    );
    console.log(`| route | req/s | p50 ms | p90 ms | p99 ms | requests | errors | response KB |`);
    console.log(`|---|---|---|---|---|---|---|---|`);
    for (const f of figures) {
      console.log(
        `| ${f.path} | ${f.requestsPerSecond} | ${f.p50Ms} | ${f.p90Ms} | ${f.p99Ms} | ` +
          `${f.requests} | ${f.errors + f.non2xx} | ${f.responseKB} |`,
      );
    }
    const m = report.machine;
    console.log(`Machine: ${m.cpu} (${m.cpus} vCPUs), ${m.platform}, Node ${m.node}`);
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await rm(dbDir, { recursive: true, force: true });
}
