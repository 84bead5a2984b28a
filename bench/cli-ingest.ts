/**
 * `lantu ingest` of one 1, 5 and 20 MB text as whole processes through the compiled CLI
 * (issue 13: 20 MB stored in under 10 s whole-process, linear from 1 to 20 MB). Each run
 * ingests into a fresh SQLite file with the phases the CLI prints under LANTU_TIMINGS=1, its
 * wall time and, where /usr/bin/time exists, its peak memory (max RSS); the load average
 * is printed beside every run, since a shared machine slows every figure. The texts are
 * the Yiwu paragraphs repeated (bench/lib/build-corpus.ts, as bench/ingest-size.ts).
 * Builds packages/cli/dist when missing (npm run build:cli); `--bundle DIR` times another
 * build (e.g. one of an older commit) in its place.
 *
 *   npm run bench:cli-ingest [-- --sizes 1,5,20] [-- --runs 3] [-- --bundle DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildParagraphCorpus, sliceCorpus } from './lib/build-corpus.js';

const MB = 1024 * 1024;
const TIME = '/usr/bin/time';
const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,5,20' },
    runs: { type: 'string', default: '3' },
    bundle: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));
const cli = join(
  values.bundle === undefined ? join(root, 'packages/cli/dist') : resolve(values.bundle),
  'lantu.mjs',
);

interface Run {
  readonly seconds: number;
  readonly maxRssMb: number | undefined;
  readonly phases: string;
  readonly load: string;
}

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** One whole `lantu ingest` of `file` into a fresh store. */
function ingestOnce(file: string, dir: string): Run {
  const db = mkdtempSync(join(dir, 'db-'));
  const args = [
    cli,
    'ingest',
    file,
    ...['--title', '义乌市国民经济和社会发展第十四个五年规划', '--kind', 'five-year-plan'],
    ...[
      '--horizon',
      '2025',
      '--jurisdiction',
      '义乌市',
      '--db',
      `sqlite:${join(db, 'lantu.sqlite')}`,
    ],
  ];
  const withTime = existsSync(TIME);
  const loadBefore = load();
  const started = performance.now();
  const run = withTime
    ? spawnSync(TIME, ['-f', 'maxrss-kb %M', process.execPath, ...args], spawnOptions())
    : spawnSync(process.execPath, args, spawnOptions());
  const seconds = (performance.now() - started) / 1000;
  rmSync(db, { recursive: true, force: true });
  const stderr = String(run.stderr);
  if (run.status !== 0) throw new Error(`lantu ingest ${file} failed: ${stderr}`);
  const rss = /maxrss-kb (\d+)/u.exec(stderr)?.[1];
  return {
    seconds,
    maxRssMb: rss === undefined ? undefined : Number(rss) / 1024,
    phases: /timings \(ms\): (.*)/u.exec(stderr)?.[1] ?? '',
    load: loadBefore,
  };
}

function spawnOptions() {
  return {
    cwd: root,
    env: { ...process.env, LANTU_TIMINGS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'] as ['ignore', 'ignore', 'pipe'],
  };
}

if (values.bundle === undefined && !existsSync(cli)) {
  const build = spawnSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'lantu-cli-ingest-'));
try {
  const corpus = buildParagraphCorpus(Math.max(...sizes) * MB);
  console.log(`bundle ${cli}`);
  console.log('| size | run | wall s | max RSS MB | load (1, 5, 15 min) | phases (ms) |');
  console.log('|---|---|---|---|---|---|');
  for (const mb of sizes) {
    const file = join(dir, `plan-${mb}mb.txt`);
    writeFileSync(file, sliceCorpus(corpus, mb * MB));
    for (let i = 1; i <= runs; i++) {
      const run = ingestOnce(file, dir);
      const rss = run.maxRssMb === undefined ? '–' : run.maxRssMb.toFixed(0);
      console.log(
        `| ${mb} MB | ${i} | ${run.seconds.toFixed(2)} | ${rss} | ${run.load} | ${run.phases} |`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
